import type { HostCpuExpansion } from '@virtkit/capabilities';
import { escapeComma } from '../argv/props.js';
import { guestArch } from '../prepare/machine.js';
import type { BuildContext } from './context.js';

/** The host CPU model QEMU expanded under KVM, used for s390 `host-model` guests. */
export function s390HostModel(ctx: BuildContext, mode: string): HostCpuExpansion | undefined {
  if (mode !== 'host-model' || guestArch(ctx.def, ctx.caps) !== 's390x') return undefined;
  return ctx.caps.kvm?.hostCpu;
}

/** The expansion's features spelled out, each on or off, in QEMU's order. */
export function s390HostModelProps(ctx: BuildContext, mode: string): string[] {
  const expansion = s390HostModel(ctx, mode);
  if (!expansion) return [];
  return expansion.props.flatMap((p) => (p.type === 'boolean' ? [`${escapeComma(p.name)}=${p.value ? 'on' : 'off'}`] : []));
}
