import { escapeComma } from '../argv/props.js';
import { attr, child, children, childText } from '../input/json.js';
import type { BuildContext } from './context.js';

const POLICY_ON = new Set(['force', 'require']);

/** `-cpu MODEL,feature=on|off,...` for custom models, `host` for passthrough. */
export function buildCpuArgs(ctx: BuildContext): void {
  const cpu = child(ctx.def, 'cpu');
  const mode = attr(cpu, 'mode') ?? 'custom';
  let model: string | undefined;
  if (mode === 'host-passthrough') model = 'host';
  else if (mode === 'maximum') model = 'max';
  else model = childText(cpu, 'model');
  const parts: string[] = [];
  if (model !== undefined) {
    parts.push(escapeComma(model.trim()));
    for (const f of children(cpu, 'feature')) {
      const policy = attr(f, 'policy') ?? 'require';
      const name = (attr(f, 'name') ?? '').replaceAll('_', '-');
      if (POLICY_ON.has(policy)) parts.push(`${escapeComma(name)}=on`);
      else if (policy === 'disable' || policy === 'forbid') parts.push(`${escapeComma(name)}=off`);
    }
  }
  const features = child(ctx.def, 'features');
  const pvspin = child(features, 'pvspinlock');
  if (pvspin) parts.push(`kvm-pv-unhalt=${attr(pvspin, 'state') === 'off' ? 'off' : 'on'}`);
  const apic = child(features, 'apic');
  if (attr(apic, 'eoi')) parts.push(`kvm-pv-eoi=${attr(apic, 'eoi') === 'on' ? 'on' : 'off'}`);
  if (parts.length === 0) return;
  if (model === undefined) parts.unshift(ctx.caps.arch === 'x86_64' ? 'qemu64' : 'qemu32');
  ctx.cmd.add('-cpu', parts.join(','));
}
