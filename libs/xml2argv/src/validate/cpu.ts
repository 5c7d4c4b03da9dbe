import { attr, child, childText, children, text } from '../input/json.js';
import { isX86Arch, isPseriesMachine, type ValidateContext } from './context.js';
import { MSG } from './messages.js';

/** `<cpu><maxphysaddr>` and `<cpu><cache>`: which modes take which attributes. */
export function checkCpuTuning(ctx: ValidateContext): void {
  const cpu = child(ctx.def, 'cpu');
  if (!cpu) return;
  const mode = attr(cpu, 'mode') ?? 'custom';
  const addr = child(cpu, 'maxphysaddr');
  if (addr) {
    const addrMode = attr(addr, 'mode');
    if (addrMode === 'emulate' && attr(addr, 'bits') === undefined) throw MSG.physBitsEmulate();
    if (addrMode === 'passthrough' && attr(addr, 'bits') !== undefined) throw MSG.physBitsPassthrough();
  }
  const cache = child(cpu, 'cache');
  if (cache) {
    const cacheMode = attr(cache, 'mode');
    const level = attr(cache, 'level');
    if (cacheMode === 'emulate' && level !== '3') throw MSG.cacheEmulateLevel();
    if (cacheMode === 'passthrough' && mode !== 'host-passthrough' && mode !== 'maximum') throw MSG.cachePassthroughMode();
    if ((cacheMode === 'passthrough' || cacheMode === 'disable') && level !== undefined) throw MSG.cacheLevel(cacheMode);
  }
}

/** vCPU counts pSeries can hot-plug only in whole cores. */
export function checkVcpuGranularity(ctx: ValidateContext): void {
  const topology = child(child(ctx.def, 'cpu'), 'topology');
  if (!topology || !isPseriesMachine(ctx.machine)) return;
  const threads = Number(attr(topology, 'threads') ?? 1);
  const vcpu = ctx.def.vcpu;
  const current = attr(child(ctx.def, 'vcpu'), 'current') ?? text(vcpu) ?? '1';
  if (Number(current) % threads !== 0) throw MSG.vcpuGranularity(threads);
}

/** s390 CPU features can only be checked through QEMU's model expansion. */
export function checkS390CpuFeatures(ctx: ValidateContext): void {
  const cpu = child(ctx.def, 'cpu');
  if (ctx.arch !== 's390x' || children(cpu, 'feature').length === 0) return;
  if (!ctx.has('query-cpu-model-expansion')) throw MSG.cpuFeaturesS390();
}

// Feature names libvirt knows for aarch64 CPUs (SVE and its vector lengths).
const ARM_FEATURE = /^sve(\d+)?$/;

/** SVE vector lengths only make sense while SVE itself is on. */
export function checkArmCpuFeatures(ctx: ValidateContext): void {
  const cpu = child(ctx.def, 'cpu');
  if (!cpu || ctx.arch !== 'aarch64') return;
  const features = children(cpu, 'feature');
  const unknown = features.find((f) => !ARM_FEATURE.test(attr(f, 'name') ?? ''));
  if (unknown) throw MSG.cpuFeatureUnknown(attr(unknown, 'name') ?? '');
  const sveOff = features.some((f) => attr(f, 'name') === 'sve' && attr(f, 'policy') === 'disable');
  if (sveOff && features.some((f) => /^sve\d+$/.test(attr(f, 'name') ?? '') && attr(f, 'policy') !== 'disable')) throw MSG.sveLengthsDisabled();
}

/**
 * What starting the domain would find out about its CPU: the mode must be one the accelerator
 * can provide, and a model that may not fall back must be known to the binary.
 */
export function checkCpuAvailability(ctx: ValidateContext): void {
  const cpu = child(ctx.def, 'cpu');
  if (!cpu) return;
  const mode = attr(cpu, 'mode') ?? 'custom';
  const hostArch = ctx.runtime.host.arch;
  if (mode === 'host-passthrough') {
    // 32-bit ARM guests on a 64-bit host need the binary's aarch64=off switch.
    if (ctx.arch === 'armv7l' && hostArch === 'aarch64' && !ctx.has('aarch64-off')) throw MSG.cpuPassthroughArch(ctx.arch, hostArch);
    if (ctx.virtType !== 'kvm' && ctx.virtType !== 'hvf') throw MSG.cpuModeUnsupported(mode, ctx.arch, ctx.virtType, hostArch);
    return;
  }
  if (!isX86Arch(ctx.arch)) return;
  const accel = ctx.virtType === 'kvm' ? ctx.caps.kvm : ctx.caps.tcg;
  const models = accel?.cpuModels ?? [];
  if (models.length === 0) return;
  const forbid = attr(child(cpu, 'model'), 'fallback') === 'forbid';
  if (!forbid) return;
  let name: string | undefined;
  if (mode === 'custom') name = childText(cpu, 'model')?.trim();
  // Without a probed host CPU, host-model stands for the host's named model.
  else if (mode === 'host-model' && !accel?.hostCpu) name = ctx.runtime.host.cpuModel;
  if (name && !models.some((m) => m.name === name)) throw MSG.cpuModelUnsupported(name);
}

