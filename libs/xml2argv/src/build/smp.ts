import { attr, child, childText, children } from '../input/json.js';
import type { BuildContext } from './context.js';

/** `-smp N,sockets=..,cores=..,threads=..` (dies when QEMU knows them and the topology is given). */
export function buildSmpArgs(ctx: BuildContext): void {
  const vcpu = child(ctx.def, 'vcpu');
  const max = Number((childText(ctx.def, 'vcpu') ?? '1').trim());
  let current = Number(attr(vcpu, 'current') ?? max);
  // With per-vCPU hotplug the enabled hotpluggable vCPUs are plugged after start, so QEMU
  // starts with only the ones that cannot be unplugged.
  const vcpus = children(child(ctx.def, 'vcpus'), 'vcpu');
  if (vcpus.length > 0 && ctx.has('query-hotpluggable-cpus')) {
    current = vcpus.filter((v) => attr(v, 'enabled') === 'yes' && attr(v, 'hotpluggable') !== 'yes').length;
  }
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
