import { attr, child, childText, children, type JsonNode } from '../input/json.js';
import { toKiB } from '../prepare/units.js';
import { isArmVirtMachine, isPseriesMachine, isQ35Machine, isX86Arch, type ValidateContext } from './context.js';
import { MSG } from './messages.js';

// Guest architectures a binary runs besides its own (the 64-bit binary covers its 32-bit sibling).
const EXTRA_ARCHES: Record<string, readonly string[]> = { x86_64: ['i686'], aarch64: ['armv7l'], ppc64: ['ppc64le'] };

/** The binary must be able to run the guest's architecture. */
export function checkEmulatorArch(ctx: ValidateContext): void {
  if (ctx.arch === ctx.caps.arch || EXTRA_ARCHES[ctx.caps.arch]?.includes(ctx.arch)) return;
  const emulator = childText(child(ctx.def, 'devices'), 'emulator')?.trim() ?? ctx.caps.emulator;
  throw MSG.archUnsupported(emulator, ctx.arch);
}

/** Accelerators other than TCG and KVM need their own capability. */
export function checkVirtType(ctx: ValidateContext): void {
  if (ctx.virtType === 'hvf' && !ctx.has('hvf')) {
    throw MSG.virtTypeUnsupported(childText(child(ctx.def, 'devices'), 'emulator')?.trim() ?? ctx.caps.emulator, ctx.virtType);
  }
}

// Features that only mean something to IBM pSeries guests.
const PSERIES_FEATURES = ['hpt', 'htm', 'nested-hv', 'ccf-assist', 'cfpc', 'sbbc', 'ibs'];

// GIC versions the parser knows.
const GIC_VERSIONS = new Set(['2', '3', 'host']);

export function checkGicVersion(ctx: ValidateContext): void {
  const version = attr(child(child(ctx.def, 'features'), 'gic'), 'version');
  if (version !== undefined && !GIC_VERSIONS.has(version)) throw MSG.gicVersionInvalid(version);
}

/** `<features>` entries tied to one machine family. */
export function checkMachineFeatures(ctx: ValidateContext): void {
  const features = child(ctx.def, 'features');
  if (!features) return;
  for (const name of PSERIES_FEATURES) {
    if (features[name] !== undefined && !isPseriesMachine(ctx.machine)) throw MSG.featureWrongMachine(name, ctx.arch, ctx.machine);
  }
  if (features.gic !== undefined && !isArmVirtMachine(ctx)) throw MSG.featureWrongMachine('gic', ctx.arch, ctx.machine);
}

// Timers QEMU only emulates for x86 guests.
const X86_TIMERS = new Set(['tsc', 'kvmclock', 'hypervclock']);

export function checkTimers(ctx: ValidateContext): void {
  for (const timer of children(child(ctx.def, 'clock'), 'timer')) {
    const name = attr(timer, 'name') ?? '';
    if (X86_TIMERS.has(name) && !isX86Arch(ctx.arch) && attr(timer, 'present') === 'yes') {
      throw MSG.timerWrongGuest(name, ctx.virtType, ctx.arch, ctx.machine);
    }
  }
}

export const hasAcpi = (ctx: ValidateContext): boolean => {
  const acpi = child(ctx.def, 'features')?.acpi;
  return acpi !== undefined && attr(acpi as JsonNode, 'state') !== 'off';
};

/** UEFI either requested by `firmware='efi'` or configured by hand as a pflash loader. */
export const usesUefi = (ctx: ValidateContext): boolean => {
  const os = child(ctx.def, 'os');
  return attr(os, 'firmware') === 'efi' || attr(child(os, 'loader'), 'type') === 'pflash';
};

/** x86 UEFI needs ACPI tables; on aarch64 it is the other way round. */
export function checkAcpiUefi(ctx: ValidateContext): void {
  if (usesUefi(ctx) && isX86Arch(ctx.arch) && !hasAcpi(ctx)) throw MSG.uefiNeedsAcpi();
  if (hasAcpi(ctx) && ctx.arch === 'aarch64' && !usesUefi(ctx)) throw MSG.acpiNeedsUefi();
}

/** Guest-visible S3/S4 switches need a chipset property to turn them off/on. */
export function checkPowerManagement(ctx: ValidateContext): void {
  const pm = child(ctx.def, 'pm');
  if (!pm) return;
  const s3 = attr(child(pm, 'suspend-to-mem'), 'enabled');
  const s4 = attr(child(pm, 'suspend-to-disk'), 'enabled');
  if (s3 === undefined && s4 === undefined) return;
  if (!isX86Arch(ctx.arch)) throw MSG.pmUnsupported('S3/S4');
  // q35 has its own ICH9 switch but falls back to the PIIX4 one.
  const can = (state: string): boolean => ctx.has(`disable-${state}`) || (isQ35Machine(ctx.machine) && ctx.has(`ich9-disable-${state}`));
  if (s3 !== undefined && !can('s3')) throw MSG.pmUnsupported('S3');
  if (s4 !== undefined && !can('s4')) throw MSG.pmUnsupported('S4');
}

/** The SMM TSEG size is a property of the q35 chipset, in whole MiB. */
export function checkTseg(ctx: ValidateContext): void {
  const smm = child(child(ctx.def, 'features'), 'smm');
  const tseg = smm?.tseg;
  if (tseg === undefined || attr(smm, 'state') === 'off') return;
  if (!isQ35Machine(ctx.machine)) throw MSG.tsegNotQ35();
  const kib = toKiB(typeof tseg === 'string' ? tseg : (tseg as JsonNode), 'MiB');
  if (kib % 1024 !== 0) throw MSG.tsegAlignment();
}

// Device kinds that may carry a per-device `<boot order>`.
const BOOTABLE = ['disk', 'interface', 'hostdev', 'redirdev', 'filesystem'];

export function checkBootOrder(ctx: ValidateContext): void {
  const os = child(ctx.def, 'os');
  const timeout = attr(child(os, 'bootmenu'), 'timeout');
  if (timeout !== undefined && !(Number(timeout) >= 0 && Number(timeout) <= 65535)) throw MSG.bootMenuTimeout();
  if (children(os, 'boot').length === 0) return;
  for (const kind of BOOTABLE) {
    if (ctx.devices(kind).some((d) => attr(child(d, 'boot'), 'order') !== undefined)) throw MSG.bootDevAndOrder();
  }
}
