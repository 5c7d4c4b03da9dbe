import { attr, child, childText } from '../input/json.js';
import type { BuildContext } from './context.js';

/** `-smp N,sockets=..,cores=..,threads=..` (dies when QEMU knows them and the topology is given). */
export function buildSmpArgs(ctx: BuildContext): void {
  const vcpu = child(ctx.def, 'vcpu');
  const max = Number((childText(ctx.def, 'vcpu') ?? '1').trim());
  const current = Number(attr(vcpu, 'current') ?? max);
  const topo = child(child(ctx.def, 'cpu'), 'topology');
  const parts = [String(current)];
  if (current !== max) parts.push(`maxcpus=${max}`);
  if (topo) {
    parts.push(`sockets=${attr(topo, 'sockets') ?? 1}`);
    if (ctx.has('smp-dies')) parts.push(`dies=${attr(topo, 'dies') ?? 1}`);
    parts.push(`cores=${attr(topo, 'cores') ?? 1}`, `threads=${attr(topo, 'threads') ?? 1}`);
  } else {
    parts.push(`sockets=${max}`, 'cores=1', 'threads=1');
  }
  ctx.cmd.add('-smp', parts.join(','));
}
