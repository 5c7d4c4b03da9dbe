import { escapeComma } from '../argv/props.js';
import { attr, child, childText, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { accelOf, guestArch, machineInfo, machineName } from '../prepare/machine.js';
import { toKiB } from '../prepare/units.js';
import { pflashUnits } from './firmware.js';
import { hasMachineIommu } from './iommu.js';
import type { BuildContext } from './context.js';
import { keyWrapProps, loadparmProp } from './s390-machine.js';
import { pseriesCpuCompat, pseriesFeatureProps } from './pseries-machine.js';
import { usesMachineMemoryBackend } from './memory.js';
import { epcSections } from './memory-device.js';

const onOff = (v: string | undefined): string | undefined => (v === undefined ? undefined : v === 'on' || v === 'yes' ? 'on' : 'off');

/** `-machine NAME,usb=off,...` with the machine-level switches of `<features>` and memory. */
export function buildMachineArgs(ctx: BuildContext): void {
  const { def } = ctx;
  const features = child(def, 'features');
  const parts = [escapeComma(machineName(def)), 'usb=off'];
  const vmport = onOff(attr(child(features, 'vmport'), 'state'));
  if (vmport) parts.push(`vmport=${vmport}`);
  const smm = child(features, 'smm');
  if (smm) parts.push(`smm=${onOff(attr(smm, 'state') ?? 'on')}`);
  const ioapic = attr(child(features, 'ioapic'), 'driver');
  if (ioapic === 'qemu') parts.push('kernel_irqchip=split');
  else if (ioapic === 'kvm') parts.push('kernel_irqchip=on');
  parts.push(...pseriesFeatureProps(def));
  const gic = gicVersion(ctx);
  if (gic !== undefined) parts.push(`gic-version=${gic}`);
  if (hasMachineIommu(ctx)) parts.push('iommu=smmuv3');
  parts.push(...keyWrapProps(def));
  const memBacking = child(def, 'memoryBacking');
  const dumpCore = attr(child(def, 'memory') as JsonNode | undefined, 'dumpCore');
  parts.push(`dump-guest-core=${dumpCore ? onOff(dumpCore) : ctx.runtime.config.dumpGuestCore ? 'on' : 'off'}`);
  if (child(memBacking, 'nosharepages') || memBacking?.nosharepages !== undefined) parts.push('mem-merge=off');
  const loadparm = loadparmProp(def);
  if (loadparm) parts.push(loadparm);
  if (usesMachineMemoryBackend(ctx)) parts.push(`memory-backend=${machineInfo(def, ctx.caps)?.defaultRAMid}`);
  const compat = pseriesCpuCompat(def);
  if (compat) parts.push(compat);
  if (devicesOfKind(def, 'memory').some((m) => attr(m, 'model') === 'nvdimm')) parts.push('nvdimm=on');
  epcSections(def).forEach((m, i) => {
    parts.push(`sgx-epc.${i}.memdev=mem${aliasOf(m) ?? ''}`, `sgx-epc.${i}.node=${Number(childText(child(m, 'target'), 'node') ?? '0')}`);
  });
  const pflash = pflashUnits(ctx);
  if (pflash.code) parts.push('pflash0=libvirt-pflash0-format');
  if (pflash.vars) parts.push('pflash1=libvirt-pflash1-format');
  const hpetTimer = listTimers(ctx).find((t) => attr(t, 'name') === 'hpet');
  if (hpetTimer && ctx.has('machine-hpet')) parts.push(`hpet=${attr(hpetTimer, 'present') === 'no' ? 'off' : 'on'}`);
  ctx.cmd.add('-machine', parts.join(','));
}

export function listTimers(ctx: BuildContext): JsonNode[] {
  const clock = child(ctx.def, 'clock');
  const timers = clock?.timer;
  return timers === undefined ? [] : (Array.isArray(timers) ? timers : [timers]) as JsonNode[];
}

/** `-accel kvm|tcg` (with the TCG translation cache size when given). */
export function buildAccelArgs(ctx: BuildContext): void {
  const accel = accelOf(ctx.def);
  // Apple's Hypervisor.framework: machines and CPU models as under TCG, another accelerator.
  let value: string = attr(ctx.def, 'type') === 'hvf' ? 'hvf' : accel;
  if (accel === 'kvm') {
    const ring = child(child(child(ctx.def, 'features'), 'kvm'), 'dirty-ring');
    if (attr(ring, 'state') === 'on' && attr(ring, 'size') !== undefined) value += `,dirty-ring-size=${attr(ring, 'size')}`;
  }
  if (value === 'tcg') {
    const tb = child(child(child(ctx.def, 'features'), 'tcg'), 'tb-cache');
    if (tb) value += `,tb-size=${Math.floor(toKiB(tb) / 1024)}`;
  }
  ctx.cmd.add('-accel', value);
}

/**
 * GIC version of an ARM virt machine: the one the XML names, else under KVM the newest the
 * host kernel offers, else (emulated) version 2.
 */
function gicVersion(ctx: BuildContext): string | undefined {
  const arch = guestArch(ctx.def, ctx.caps);
  // 32-bit ARM guests run on QEMU's default GIC: libvirt only picks one for aarch64.
  if (arch !== 'aarch64' || !machineName(ctx.def).startsWith('virt')) return undefined;
  const explicit = attr(child(child(ctx.def, 'features'), 'gic'), 'version');
  if (explicit !== undefined) return explicit;
  if (accelOf(ctx.def) === 'kvm') {
    const kernel = ctx.caps.gic.filter((g) => g.kernel).map((g) => g.version).sort((a, b) => b - a)[0];
    if (kernel !== undefined) return String(kernel);
  }
  return '2';
}
