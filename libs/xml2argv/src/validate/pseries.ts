import { attr, child, text, type JsonNode } from '../input/json.js';
import { isPseriesMachine, isS390Arch, type ValidateContext } from './context.js';
import { MSG } from './messages.js';

// QEMU numbers pSeries PCI host bridges 0..30.
const MAX_PHB_INDEX = 30;

/** Every pSeries guest has at least the default PCI host bridge, written or not. */
export function checkPseriesPhbDevice(ctx: ValidateContext): void {
  if (isPseriesMachine(ctx.machine) && !ctx.has('spapr-pci-host-bridge')) throw MSG.deviceUnsupported('spapr-pci-host-bridge');
}

/** pSeries PCI host bridges (pci-root controllers): their numbering and NUMA placement. */
export function checkPseriesPhbs(ctx: ValidateContext): void {
  if (!isPseriesMachine(ctx.machine)) return;
  for (const c of ctx.devices('controller')) {
    if (attr(c, 'type') !== 'pci' || attr(c, 'model') !== 'pci-root') continue;
    const index = Number(attr(c, 'index') ?? -1);
    const target = child(c, 'target');
    const targetIndex = attr(target, 'index');
    if (targetIndex !== undefined) {
      if ((index === 0) !== (Number(targetIndex) === 0)) throw MSG.phbTargetIndexZero();
      if (Number(targetIndex) > MAX_PHB_INDEX) throw MSG.phbTargetIndexRange(Number(targetIndex));
    }
    if (index === 0 && text(target?.node) !== undefined) throw MSG.phbNumaNode();
  }
}

// pSeries machine capabilities behind `<features>` entries, and how libvirt names them.
const PSERIES_CAPS: readonly (readonly [string, string, string])[] = [
  ['htm', 'machine.pseries.cap-htm', 'HTM'], ['nested-hv', 'machine.pseries.cap-nested-hv', 'Nested HV'],
  ['ccf-assist', 'machine.pseries.cap-ccf-assist', 'ccf-assist'], ['cfpc', 'machine.pseries.cap-cfpc', 'cfpc'],
  ['sbbc', 'machine.pseries.cap-sbbc', 'sbbc'], ['ibs', 'machine.pseries.cap-ibs', 'ibs'],
];

/** pSeries features the binary must be able to set on the machine. */
export function checkPseriesCaps(ctx: ValidateContext): void {
  const features = child(ctx.def, 'features');
  if (!features || !isPseriesMachine(ctx.machine)) return;
  const hpt = child(features, 'hpt');
  if (hpt && child(hpt, 'maxpagesize') !== undefined && !ctx.has('machine.pseries.cap-hpt-max-page-size')) throw MSG.hptPagesizeUnsupported();
  for (const [name, flag, label] of PSERIES_CAPS) {
    if (features[name] !== undefined && !ctx.has(flag)) throw MSG.pseriesCapUnsupported(label);
  }
}

/** POWER compatibility modes cannot be newer than the host processor. */
export function checkPowerCompat(ctx: ValidateContext): void {
  const cpu = child(ctx.def, 'cpu');
  if (!isPseriesMachine(ctx.machine) || attr(cpu, 'mode') !== 'host-model') return;
  const wanted = /^power(\d+)/i.exec(text(cpu?.model) ?? '');
  const host = /^power(\d+)/i.exec(ctx.runtime.host.cpuModel ?? '');
  if (wanted && host && Number(wanted[1]) > Number(host[1])) throw MSG.cpuIncompatible();
}

/** The panic model a machine gets when none is written. */
const defaultPanicModel = (ctx: ValidateContext): string =>
  isPseriesMachine(ctx.machine) ? 'pseries' : isS390Arch(ctx.arch) ? 's390' : 'isa';

/** Firmware-provided panic notifiers have no address to set. */
export function checkPanics(ctx: ValidateContext): void {
  for (const panic of ctx.devices('panic')) {
    const model = attr(panic, 'model') ?? defaultPanicModel(ctx);
    if ((model === 'pseries' || model === 's390' || model === 'hyperv') && child(panic, 'address')) throw MSG.panicAddress(model);
  }
}

/** s390 boot `loadparm`: up to eight characters of a small set (compared in upper case). */
export function checkLoadparm(ctx: ValidateContext): void {
  for (const kind of ['disk', 'interface', 'hostdev']) {
    for (const dev of ctx.devices(kind)) {
      const raw = attr(child(dev, 'boot'), 'loadparm');
      if (raw === undefined) continue;
      const value = raw.toUpperCase();
      if (value.length < 1 || value.length > 8) throw MSG.loadparmLength(value);
      if (!/^[A-Z0-9. ]+$/.test(value)) throw MSG.loadparmChars(value);
    }
  }
}

const ccwText = (a: JsonNode): string => {
  const n = (k: string): number => Number.parseInt((attr(a, k) ?? '0').replace(/^0x/i, ''), 16);
  return `${n('cssid').toString(16)}.${n('ssid').toString(16)}.${n('devno').toString(16).padStart(4, '0')}`;
};

/** Two devices on one CCW device number. */
export function checkCcwAddresses(ctx: ValidateContext): void {
  const used = new Set<string>();
  const devices = child(ctx.def, 'devices');
  for (const kind of Object.keys(devices ?? {}).filter((k) => k !== 'console')) {
    for (const dev of ctx.devices(kind)) {
      const a = child(dev, 'address');
      if (attr(a, 'type') !== 'ccw' || attr(a, 'devno') === undefined) continue;
      const key = ccwText(a!);
      if (used.has(key)) throw MSG.ccwInUse(key);
      used.add(key);
    }
  }
}
