import { attr, child, parseIntLoose, type DomainJson, type JsonNode } from '../input/json.js';
import { controllers, deviceList, devicesOfKind, pciBusesNamedByDevices } from './devices.js';
import { machineName } from './machine.js';

/** IBM's paravirtual POWER machine (sPAPR). */
export const isPseries = (machine: string): boolean => machine === 'pseries' || machine.startsWith('pseries-');

/** VIO register a device kind starts from; further devices step by 0x1000 past taken ones. */
const VIO_BASE = { vlan: 0x1000, vscsi: 0x2000, nvram: 0x3000, tpm: 0x4000, vty: 0x30000000 } as const;
const VIO_STEP = 0x1000;

/**
 * The devices that sit on the sPAPR VIO bus, in the order libvirt gives them registers:
 * VLAN NICs, vSCSI controllers, console serial ports (VTYs), the NVRAM, vTPMs.
 */
function vioDevices(def: DomainJson): Array<{ dev: JsonNode; base: number }> {
  const out: Array<{ dev: JsonNode; base: number }> = [];
  for (const n of devicesOfKind(def, 'interface')) if (attr(child(n, 'model'), 'type') === 'spapr-vlan') out.push({ dev: n, base: VIO_BASE.vlan });
  for (const c of controllers(def, 'scsi')) if (attr(c, 'model') === 'ibmvscsi') out.push({ dev: c, base: VIO_BASE.vscsi });
  for (const s of devicesOfKind(def, 'serial')) if (attr(child(s, 'target'), 'type') === 'spapr-vio-serial') out.push({ dev: s, base: VIO_BASE.vty });
  for (const n of devicesOfKind(def, 'nvram')) out.push({ dev: n, base: VIO_BASE.nvram });
  for (const t of devicesOfKind(def, 'tpm')) if (attr(t, 'model') === 'tpm-spapr') out.push({ dev: t, base: VIO_BASE.tpm });
  return out;
}

/**
 * Gives every VIO device of a pSeries guest a register: explicit ones are kept, the others
 * take the first free multiple of 0x1000 from their kind's base.
 */
export function assignSpaprVioAddresses(def: DomainJson): void {
  if (!isPseries(machineName(def))) return;
  const devices = vioDevices(def);
  const taken = new Set<number>();
  for (const { dev } of devices) {
    const reg = attr(child(dev, 'address'), 'reg');
    if (attr(child(dev, 'address'), 'type') === 'spapr-vio' && reg !== undefined) taken.add(parseIntLoose(reg));
  }
  for (const { dev, base } of devices) {
    const a = child(dev, 'address');
    if (a !== undefined && (attr(a, 'type') !== 'spapr-vio' || attr(a, 'reg') !== undefined)) continue;
    let reg = base;
    while (taken.has(reg)) reg += VIO_STEP;
    taken.add(reg);
    dev.address = { type: 'spapr-vio', reg: `0x${reg.toString(16).padStart(8, '0')}` };
  }
}

/**
 * pSeries defaults that come before addresses: serial ports without a target type are VIO
 * consoles (VTYs), and the PCI host bridges form an unbroken run of indexes, each with the
 * PHB number the guest sees.
 */
export function preparePseriesDevices(def: DomainJson): void {
  if (!isPseries(machineName(def))) return;
  for (const s of devicesOfKind(def, 'serial')) {
    const addressType = attr(child(s, 'address'), 'type');
    // 'isa-serial' is what old configurations wrote for every guest; pSeries has no ISA bus.
    const type = attr(child(s, 'target'), 'type');
    if ((type !== undefined && type !== 'isa-serial') || (addressType !== undefined && addressType !== 'spapr-vio')) continue;
    s.target = { ...(child(s, 'target') ?? {}), type: 'spapr-vio-serial' };
  }
  numberHostBridges(def);
  const indexes = controllers(def, 'pci').map((c) => Number(attr(c, 'index') ?? '0'));
  // Bridges the configuration skipped or only names in device addresses are added at the
  // end of the controller list, numbered after the ones it named.
  const highest = Math.max(0, ...indexes, ...pciBusesNamedByDevices(def));
  for (let i = 1; i <= highest; i++) {
    if (!indexes.includes(i)) deviceList(def, 'controller').push({ type: 'pci', index: String(i), model: 'pci-root' });
  }
  numberHostBridges(def);
}

/** Gives each further host bridge without `<target index>` the lowest PHB number still free. */
export function numberHostBridges(def: DomainJson): void {
  const phbs = controllers(def, 'pci').filter((c) => attr(c, 'model') === 'pci-root' && attr(c, 'index') !== '0');
  const used = new Set(phbs.map((c) => attr(child(c, 'target'), 'index')).filter((v) => v !== undefined).map(Number));
  let next = 1;
  for (const c of phbs) {
    if (attr(child(c, 'target'), 'index') !== undefined) continue;
    while (used.has(next)) next++;
    used.add(next);
    c.target = { ...(child(c, 'target') ?? {}), index: String(next) };
  }
}

