import { attr, child, parseIntLoose, type DomainJson, type JsonNode } from '../input/json.js';
import { devicesOfKind } from './devices.js';
import { machineName } from './machine.js';

/** s390 channel I/O machines, whose virtio devices sit on the channel subsystem instead of PCI. */
export const isS390Ccw = (machine: string): boolean => machine.startsWith('s390-ccw');

/** The channel subsystem id libvirt gives devices it places itself (QEMU's virtual one). */
const VIRTUAL_CSSID = 0xfe;

/**
 * The virtio devices that can sit on a non-PCI transport (channel I/O, virtio-mmio), in the
 * order libvirt walks a domain's devices when it hands out addresses (disks, NICs, host
 * devices, video, controllers, inputs, filesystems, balloon, RNGs, vsock ...).
 */
export function virtioTransportDevices(def: DomainJson): JsonNode[] {
  const out: JsonNode[] = [];
  const virtioModel = (m: string | undefined): boolean => m !== undefined && m.startsWith('virtio');
  for (const d of devicesOfKind(def, 'disk')) if (attr(child(d, 'target'), 'bus') === 'virtio') out.push(d);
  for (const n of devicesOfKind(def, 'interface')) {
    if (attr(n, 'type') !== 'hostdev' && virtioModel(attr(child(n, 'model'), 'type'))) out.push(n);
  }
  for (const h of devicesOfKind(def, 'hostdev')) {
    if (attr(h, 'type') === 'scsi_host' || (attr(h, 'type') === 'mdev' && attr(h, 'model') === 'vfio-ccw')) out.push(h);
  }
  for (const v of devicesOfKind(def, 'video')) if (attr(child(v, 'model'), 'type') === 'virtio') out.push(v);
  for (const c of devicesOfKind(def, 'controller')) {
    const type = attr(c, 'type');
    if (type === 'virtio-serial' || (type === 'scsi' && virtioModel(attr(c, 'model')))) out.push(c);
  }
  for (const i of devicesOfKind(def, 'input')) if (attr(i, 'bus') === 'virtio') out.push(i);
  for (const f of devicesOfKind(def, 'filesystem')) out.push(f);
  for (const b of devicesOfKind(def, 'memballoon')) if (virtioModel(attr(b, 'model'))) out.push(b);
  for (const r of devicesOfKind(def, 'rng')) if (virtioModel(attr(r, 'model'))) out.push(r);
  for (const v of devicesOfKind(def, 'vsock')) out.push(v);
  return out;
}

/**
 * On s390 CCW machines every virtio device without an address gets the first free device
 * number in channel subsystem 0xfe, subchannel set 0, after the numbers taken explicitly.
 */
export function assignCcwAddresses(def: DomainJson): void {
  if (!isS390Ccw(machineName(def))) return;
  const candidates = virtioTransportDevices(def);
  const taken = new Set<string>();
  const key = (cssid: number, ssid: number, devno: number): string => `${cssid}.${ssid}.${devno}`;
  // Consoles never get a number of their own, but one written for them is taken.
  for (const dev of [...candidates, ...devicesOfKind(def, 'console')]) {
    const a = child(dev, 'address');
    if (attr(a, 'type') !== 'ccw' || attr(a, 'devno') === undefined) continue;
    taken.add(key(parseIntLoose(attr(a, 'cssid') ?? '0'), parseIntLoose(attr(a, 'ssid') ?? '0'), parseIntLoose(attr(a, 'devno')!)));
  }
  let next = 0;
  for (const dev of candidates) {
    const a = child(dev, 'address');
    if (a !== undefined && (attr(a, 'type') !== 'ccw' || attr(a, 'devno') !== undefined)) continue;
    while (taken.has(key(VIRTUAL_CSSID, 0, next))) next++;
    taken.add(key(VIRTUAL_CSSID, 0, next));
    dev.address = formatCcwAddress(VIRTUAL_CSSID, 0, next);
  }
}

export function formatCcwAddress(cssid: number, ssid: number, devno: number): Record<string, string> {
  return { type: 'ccw', cssid: `0x${cssid.toString(16)}`, ssid: `0x${ssid.toString(16)}`, devno: `0x${devno.toString(16).padStart(4, '0')}` };
}

/** QEMU's `devno` property: `<cssid>.<ssid>.<devno>` in hex, the device number four digits wide. */
export function ccwDevno(address: JsonNode): string {
  const hex = (name: string): string => parseIntLoose(attr(address, name) ?? '0').toString(16);
  return `${hex('cssid')}.${hex('ssid')}.${parseIntLoose(attr(address, 'devno') ?? '0').toString(16).padStart(4, '0')}`;
}
