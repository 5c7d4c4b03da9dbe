import { escapeComma } from '../argv/props.js';
import { attr, child, children, childText, text } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import { guestArch, isQ35, isX86, machineName } from '../prepare/machine.js';
import type { BuildContext } from './context.js';
import { buildDirectKernelArgs } from './direct-kernel.js';
import { listTimers } from './machine.js';

/** `-uuid`. */
export function buildUuidArgs(ctx: BuildContext): void {
  ctx.cmd.add('-uuid', (childText(ctx.def, 'uuid') ?? '').trim());
}

/** The VM generation id device, after the SMBIOS tables and fw_cfg items. */
export function buildVmGenIdArgs(ctx: BuildContext): void {
  const genid = childText(ctx.def, 'genid');
  if (genid !== undefined) ctx.cmd.add('-device', ctx.device({ driver: 'vmgenid', guid: genid.trim(), id: 'vmgenid0' }));
}

/** `-display none` when nothing displays, then the switches that keep QEMU from adding defaults. */
export function buildDefaultsArgs(ctx: BuildContext): void {
  if (devicesOfKind(ctx.def, 'graphics').length === 0) ctx.cmd.add('-display', 'none');
  ctx.cmd.add('-no-user-config');
  ctx.cmd.add('-nodefaults');
}

/** The QMP monitor: a socket chardev (passed as an fd or bound by QEMU) and `-mon`. */
export function buildMonitorArgs(ctx: BuildContext): void {
  const mon = ctx.runtime.monitor;
  const source = 'fd' in mon ? `fd=${mon.fd}` : `path=${mon.path.replaceAll(',', ',,')}`;
  ctx.cmd.add('-chardev', `socket,id=charmonitor,${source},server=on,wait=off`);
  ctx.cmd.add('-mon', 'chardev=charmonitor,id=monitor,mode=control');
}

/** `-rtc base=...` from `<clock>`, with drift handling from the RTC timer. */
export function buildClockArgs(ctx: BuildContext): void {
  const clock = child(ctx.def, 'clock');
  const offset = attr(clock, 'offset') ?? 'utc';
  const parts: string[] = [];
  if (offset === 'localtime' || offset === 'timezone') parts.push('base=localtime');
  else if (offset === 'variable') parts.push(`base=${variableBase(ctx, clock)}`);
  else if (offset === 'absolute') parts.push(`base=${new Date(Number(attr(clock, 'start') ?? 0) * 1000).toISOString().slice(0, 19)}`);
  else parts.push('base=utc');
  for (const t of listTimers(ctx)) {
    const name = attr(t, 'name');
    if (name === 'rtc') {
      const track = attr(t, 'track');
      if (track === 'guest') parts.push('clock=vm');
      else if (track === 'wall' || track === 'realtime') parts.push('clock=rt');
      if (attr(t, 'tickpolicy') === 'catchup') parts.push('driftfix=slew');
    }
  }
  ctx.cmd.add('-rtc', parts.join(','));
  for (const t of listTimers(ctx)) {
    const name = attr(t, 'name');
    const policy = attr(t, 'tickpolicy');
    if (name === 'pit' && policy && ctx.has('kvm-pit-lost-tick-policy')) {
      // catchup is what the in-kernel PIT does anyway, so it is not spelled out.
      const map: Record<string, string> = { delay: 'delay', discard: 'discard' };
      if (map[policy]) ctx.cmd.add('-global', `kvm-pit.lost_tick_policy=${map[policy]}`);
    }
    if (name === 'hpet' && attr(t, 'present') === 'no' && !ctx.has('machine-hpet') && ctx.has('no-hpet')) ctx.cmd.add('-no-hpet');
  }
}

// The guest clock starts at "now" plus the adjustment; with a localtime basis the host's
// offset from UTC is added too (the runtime supplies both, so tests can fix them).
function variableBase(ctx: BuildContext, clock: ReturnType<typeof child>): string {
  const adjustment = Number(attr(clock, 'adjustment') ?? 0);
  const basis = attr(clock, 'basis') ?? 'utc';
  const { now, utcOffset } = ctx.runtime.clock;
  const t = new Date((now + adjustment + (basis === 'localtime' ? utcOffset : 0)) * 1000);
  return t.toISOString().slice(0, 19);
}

/** Power management: `-no-shutdown`/`-no-reboot`, ACPI, S3/S4 switches. */
export function buildPmArgs(ctx: BuildContext): void {
  const { def } = ctx;
  const onReboot = childText(def, 'on_reboot')?.trim();
  // With set-action, reboot handling is configured over QMP instead.
  ctx.cmd.add(onReboot === 'destroy' && !ctx.has('set-action') ? '-no-reboot' : '-no-shutdown');
  const arch = guestArch(def, ctx.caps);
  const acpiArch = isX86(arch) || arch === 'aarch64';
  const acpi = child(def, 'features')?.acpi !== undefined;
  if (acpiArch && !acpi && ctx.has('no-acpi')) ctx.cmd.add('-no-acpi');
  const pm = child(def, 'pm');
  const q35 = isQ35(machineName(def));
  for (const [el, prop, ich9Flag] of [['suspend-to-mem', 'disable_s3', 'ich9-disable-s3'], ['suspend-to-disk', 'disable_s4', 'ich9-disable-s4']] as const) {
    const enabled = attr(child(pm, el), 'enabled');
    // A QEMU that does not list the ICH9 LPC property still gets the PIIX4 spelling.
    const lpc = q35 && ctx.has(ich9Flag) ? 'ICH9-LPC' : 'PIIX4_PM';
    if (enabled !== undefined) ctx.cmd.add('-global', `${lpc}.${prop}=${enabled === 'no' ? 1 : 0}`);
  }
}

/** `-boot [menu=on,][splash-time=N,][reboot-timeout=N,]strict=on`. */
export function buildBootArgs(ctx: BuildContext): void {
  const os = child(ctx.def, 'os');
  const menu = child(os, 'bootmenu');
  const bios = child(os, 'bios');
  const parts: string[] = [];
  if (attr(menu, 'enable') === 'yes') {
    parts.push('menu=on');
    const timeout = attr(menu, 'timeout');
    if (timeout !== undefined) parts.push(`splash-time=${timeout}`);
  } else if (attr(menu, 'enable') === 'no') parts.push('menu=off');
  const reboot = attr(bios, 'rebootTimeout');
  if (reboot !== undefined) parts.push(`reboot-timeout=${reboot}`);
  parts.push('strict=on');
  ctx.cmd.add('-boot', parts.join(','));
  buildDirectKernelArgs(ctx);
  // ACPI tables handed to the guest firmware as they are (a SLIC table for OEM activation).
  for (const table of children(child(os, 'acpi'), 'table')) {
    const sig = (attr(table, 'type') ?? '').toUpperCase();
    ctx.cmd.add('-acpitable', `sig=${escapeComma(sig)},file=${escapeComma(text(table)?.trim() ?? '')}`);
  }
  const root = devicesOfKind(ctx.def, 'controller').find((c) => attr(c, 'type') === 'pci' && attr(c, 'model') === 'pci-root');
  const hotplug = attr(child(root, 'target'), 'hotplug');
  if (hotplug !== undefined) ctx.cmd.add('-global', `PIIX4_PM.acpi-root-pci-hotplug=${hotplug === 'on' ? 'on' : 'off'}`);
}

/** `-sandbox` (seccomp). */
export function buildTrailerArgs(ctx: BuildContext): void {
  const sandbox = ctx.runtime.config.seccompSandbox;
  if (sandbox !== 0 && ctx.has('seccomp-sandbox')) {
    ctx.cmd.add('-sandbox', 'on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny');
  }
}

/** `-msg timestamp=on`, the last option. */
export function buildLogArgs(ctx: BuildContext): void {
  if (ctx.runtime.config.logTimestamp) ctx.cmd.add('-msg', 'timestamp=on');
}

/** `-enable-fips` when the host runs in FIPS mode and QEMU can follow it. */
export function buildFipsArgs(ctx: BuildContext): void {
  if (ctx.runtime.host.fips && ctx.has('enable-fips')) ctx.cmd.add('-enable-fips');
}
