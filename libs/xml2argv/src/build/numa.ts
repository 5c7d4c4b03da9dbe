import { attr, child, children, type JsonNode } from '../input/json.js';
import { machineInfo } from '../prepare/machine.js';
import { toKiB } from '../prepare/units.js';
import type { BuildContext } from './context.js';
import { memoryBackend, needsBackend, parseNodeset } from './memory-backend.js';

/** Guest NUMA nodes: a RAM backend and `-numa node` per cell, then distances. */
export function buildNumaArgs(ctx: BuildContext): void {
  // Nodes are numbered by their id, whatever order the XML lists them in.
  const cells = children(child(child(ctx.def, 'cpu'), 'numa'), 'cell')
    .map((cell, i) => ({ cell, id: Number(attr(cell, 'id') ?? i) }))
    .sort((a, b) => a.id - b.id)
    .map(({ cell }) => cell);
  if (cells.length === 0) return;
  const legacy = machineInfo(ctx.def, ctx.caps)?.numaMemSupported !== false && !cells.some((_, i) => needsBackend(ctx, i));
  if (legacy && attr(child(child(ctx.def, 'memoryBacking'), 'allocation'), 'mode') === 'immediate') ctx.cmd.add('-mem-prealloc');
  cells.forEach((cell, i) => {
    const kib = toKiB({ '#text': attr(cell, 'memory') ?? '0', unit: attr(cell, 'unit') ?? 'KiB' });
    const parts = [`node,nodeid=${attr(cell, 'id') ?? i}`];
    const cpus = attr(cell, 'cpus');
    if (cpus) for (const range of cpuRanges(cpus)) parts.push(`cpus=${range}`);
    if (legacy) parts.push(`mem=${Math.floor(kib / 1024)}`);
    else {
      const id = `ram-node${i}`;
      ctx.cmd.add('-object', ctx.object(memoryBackend(ctx, id, kib, i)));
      parts.push(`memdev=${id}`);
    }
    ctx.cmd.add('-numa', parts.join(','));
  });
  for (const [src, dst, val] of distanceMatrix(cells)) ctx.cmd.add('-numa', `dist,src=${src},dst=${dst},val=${val}`);
}

// QEMU's distance from a node to itself when the XML gives distances but not that one.
const LOCAL_DISTANCE = 10;

/**
 * Every node-to-node distance QEMU gets once any are written: a pair written one way holds
 * both ways, and a node is LOCAL_DISTANCE from itself; pairs never written are left out.
 */
function distanceMatrix(cells: readonly JsonNode[]): [number, number, number][] {
  const given = new Map<string, number>();
  const ids = cells.map((cell, i) => Number(attr(cell, 'id') ?? i));
  cells.forEach((cell, i) => {
    for (const sib of children(child(cell, 'distances'), 'sibling')) given.set(`${ids[i]}:${attr(sib, 'id')}`, Number(attr(sib, 'value')));
  });
  if (given.size === 0) return [];
  const out: [number, number, number][] = [];
  for (const src of ids) {
    for (const dst of ids) {
      const val = given.get(`${src}:${dst}`) ?? given.get(`${dst}:${src}`) ?? (src === dst ? LOCAL_DISTANCE : undefined);
      if (val !== undefined) out.push([src, dst, val]);
    }
  }
  return out;
}

/** A CPU list as QEMU's ranges (`1-27,29` → `1-27`, `29`). */
function cpuRanges(spec: string): string[] {
  const nums = parseNodeset(spec);
  const out: string[] = [];
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    out.push(i === j ? `${nums[i]}` : `${nums[i]}-${nums[j]}`);
    i = j + 1;
  }
  return out;
}
