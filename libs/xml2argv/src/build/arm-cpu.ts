import { attr, children, type JsonNode } from '../input/json.js';
import { guestArch } from '../prepare/machine.js';
import type { BuildContext } from './context.js';

/**
 * ARM `-cpu` additions that follow the model: a 32-bit guest passed the 64-bit host CPU runs
 * it in AArch32 mode (`aarch64=off`).
 */
export function armModelParts(ctx: BuildContext, mode: string): string[] {
  const arch = guestArch(ctx.def, ctx.caps);
  return mode === 'host-passthrough' && arch === 'armv7l' && ctx.runtime.host.arch === 'aarch64' ? ['aarch64=off'] : [];
}

/** Enabling any SVE vector length means enabling SVE itself, unless the XML says otherwise. */
export function armFeatureParts(ctx: BuildContext, cpu: JsonNode | undefined): string[] {
  if (guestArch(ctx.def, ctx.caps) !== 'aarch64') return [];
  const features = children(cpu, 'feature');
  if (features.some((f) => attr(f, 'name') === 'sve')) return [];
  const enabled = (f: JsonNode): boolean => ['require', 'force', undefined].includes(attr(f, 'policy'));
  return features.some((f) => /^sve\d+$/.test(attr(f, 'name') ?? '') && enabled(f)) ? ['sve=on'] : [];
}

/**
 * The ARM virtual timer's tick policy: `discard` stops the guest's virtual counter while the
 * VM is paused (QEMU's `kvm-no-adjvtime`), `delay` lets it run on.
 */
export function armTimerParts(timers: readonly JsonNode[]): string[] {
  const timer = timers.find((t) => attr(t, 'name') === 'armvtimer');
  const policy = attr(timer, 'tickpolicy');
  if (policy === 'discard') return ['kvm-no-adjvtime=on'];
  if (policy === 'delay') return ['kvm-no-adjvtime=off'];
  return [];
}

