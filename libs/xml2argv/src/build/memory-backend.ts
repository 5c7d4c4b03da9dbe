import type { Props } from '../argv/props.js';
import { attr, child, children, type JsonNode } from '../input/json.js';
import { shortName } from './context.js';
import { childText } from '../input/json.js';
import { toKiB } from '../prepare/units.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';

/** Parses a libvirt node set (`1-3,5,^2`) into sorted node numbers. */
export function parseNodeset(spec: string): number[] {
  const on = new Set<number>();
  const off = new Set<number>();
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const neg = part.startsWith('^');
    const [a, b] = (neg ? part.slice(1) : part).split('-').map(Number);
    for (let n = a!; n <= (b ?? a!); n++) (neg ? off : on).add(n);
  }
  return [...on].filter((n) => !off.has(n)).sort((x, y) => x - y);
}

const POLICIES: Record<string, string> = { strict: 'bind', preferred: 'preferred', interleave: 'interleave' };

/** Host NUMA binding of a guest node (or of all memory with `cell` undefined). */
export function hostBinding(ctx: BuildContext, cell: number | undefined): { nodes: number[]; policy: string } | undefined {
  const tune = child(ctx.def, 'numatune');
  if (!tune) return undefined;
  const memnode = cell === undefined ? undefined : children(tune, 'memnode').find((m) => attr(m, 'cellid') === String(cell));
  const mem = child(tune, 'memory');
  const source = memnode ?? mem;
  const mode = attr(source, 'mode') ?? 'strict';
  const nodeset = attr(source, 'nodeset') ?? (attr(mem, 'placement') === 'auto' ? '0-3' : undefined);
  if (nodeset === undefined) return undefined;
  const nodes = parseNodeset(nodeset);
  // Checked in every mode, restrictive included: it binds through cgroups instead of QEMU.
  requireHostNodes(ctx, nodes);
  return mode === 'restrictive' ? undefined : { nodes, policy: POLICIES[mode] ?? 'bind' };
}

/** Refuses a binding to a NUMA node the host does not have (when the runtime knows the host's). */
function requireHostNodes(ctx: BuildContext, nodes: readonly number[]): void {
  const { numaNodes, numaNodeUnavailable } = ctx.runtime.host;
  if (!numaNodes) return;
  const missing = nodes.find((n) => !numaNodes.includes(n));
  if (missing === undefined) return;
  const err = numaNodeUnavailable?.(missing) ?? { category: 'operation-failed', message: `NUMA node ${missing} is unavailable` };
  throw new Xml2ArgvError(err.category, err.message);
}

/** The per-domain directory on the hugetlbfs mount for pages of `kib` KiB (default size when undefined). */
export function hugepageDirFor(ctx: BuildContext, kib: number | undefined): string {
  const mounts = ctx.runtime.config.hugetlbfs;
  const mount = kib === undefined ? mounts.find((m) => m.isDefault) ?? mounts[0] : mounts.find((m) => m.sizeKiB === kib);
  if (!mount) throw new Xml2ArgvError('internal-error', `Unable to find any usable hugetlbfs mount for ${kib ?? 0} KiB`);
  return `${mount.mountDir}/libvirt/qemu/${ctx.runtime.domainId}-${shortName(childText(ctx.def, 'name') ?? '')}`;
}

/** The hugetlbfs mount a guest node's memory comes from, when it uses huge pages. */
export function hugepageDir(ctx: BuildContext, cell: number | undefined): string | undefined {
  const backing = child(ctx.def, 'memoryBacking');
  const huge = child(backing, 'hugepages');
  if (!huge && backing?.hugepages === undefined) return undefined;
  // Pages of the system page size are ordinary memory.
  const pages = children(huge, 'page').filter((p) => toKiB({ '#text': attr(p, 'size') ?? '0', unit: attr(p, 'unit') ?? 'KiB' }) !== 4);
  if (children(huge, 'page').length > 0 && pages.length === 0) return undefined;
  const page = pages.find((p) => attr(p, 'nodeset') !== undefined && cell !== undefined && parseNodeset(attr(p, 'nodeset')!).includes(cell))
    ?? pages.find((p) => attr(p, 'nodeset') === undefined);
  // Pages that name other nodes only leave this node on ordinary memory.
  if (pages.length > 0 && !page) return undefined;
  const kib = page ? toKiB({ '#text': attr(page, 'size') ?? '0', unit: attr(page, 'unit') ?? 'KiB' }) : undefined;
  return hugepageDirFor(ctx, kib);
}

/**
 * Properties of a guest RAM backend: anonymous RAM, or a file on hugetlbfs; shared when the
 * access mode asks for it; bound to host nodes from `<numatune>`. Emits the thread-context
 * object QEMU preallocates with, when it has one.
 */
export function memoryBackend(ctx: BuildContext, id: string, kib: number, cell: number | undefined, machineRam = false): Props {
  const backing = child(ctx.def, 'memoryBacking');
  const cellNode = cell === undefined ? undefined : children(child(child(ctx.def, 'cpu'), 'numa'), 'cell')[cell];
  const access = attr(cellNode, 'memAccess') ?? attr(child(backing, 'access'), 'mode');
  const discardAttr = attr(cellNode, 'discard') ?? (child(backing, 'discard') !== undefined || backing?.discard !== undefined ? 'yes' : undefined);
  const sourceType = attr(child(backing, 'source'), 'type');
  const allocation = child(backing, 'allocation');
  const immediate = attr(allocation, 'mode') === 'immediate';
  const threads = attr(allocation, 'threads');
  const dir = hugepageDir(ctx, cell);
  const binding = hostBinding(ctx, cell);
  const props: Props = { 'qom-type': 'memory-backend-ram', id };
  if (sourceType === 'memfd') {
    props['qom-type'] = 'memory-backend-memfd';
    if (dir) throw new Xml2ArgvError('not-implemented', 'huge pages from memfd');
    if (access !== undefined) props.share = access === 'shared';
    if (machineRam) props['x-use-canonical-path-for-ramblock-id'] = false;
    if (immediate) props.prealloc = true;
  } else if (dir || sourceType === 'file' || access !== undefined) {
    // Huge pages come from hugetlbfs; other file-backed RAM lives below memoryBackingDir.
    props['qom-type'] = 'memory-backend-file';
    props['mem-path'] = dir ?? `${ctx.runtime.config.memoryBackingDir}/${ctx.runtime.domainId}-${shortName(childText(ctx.def, 'name') ?? '')}/${id}`;
    if (discardAttr !== undefined) props['discard-data'] = discardAttr === 'yes';
    if (access !== undefined) props.share = access === 'shared';
    if (machineRam) props['x-use-canonical-path-for-ramblock-id'] = false;
    if (dir || immediate) props.prealloc = true;
  } else if (immediate) {
    props.prealloc = true;
  }
  if (props.prealloc && threads !== undefined) props['prealloc-threads'] = Number(threads);
  props.size = kib * 1024;
  if (binding) {
    props['host-nodes'] = binding.nodes;
    props.policy = binding.policy;
  }
  addPreallocContext(ctx, props, id);
  return props;
}

/** Preallocation runs in a thread context pinned to the bound host nodes, when QEMU has them. */
export function addPreallocContext(ctx: BuildContext, props: Props, id: string): void {
  const nodes = props['host-nodes'];
  if (props.prealloc && Array.isArray(nodes) && ctx.has('thread-context')) {
    ctx.cmd.add('-object', ctx.object({ 'qom-type': 'thread-context', id: `tc-${id}`, 'node-affinity': nodes }));
    props['prealloc-context'] = `tc-${id}`;
  }
}

/** Whether a guest node needs a backend object rather than `-numa node,mem=`. */
export function needsBackend(ctx: BuildContext, cell: number): boolean {
  const backing = child(ctx.def, 'memoryBacking');
  const special = ['hugepages', 'source', 'access', 'discard'].some((k) => backing?.[k] !== undefined);
  // A numatune policy without host nodes (placement left to numad) binds nothing yet.
  const numatune = child(ctx.def, 'numatune');
  const tuned = numatune !== undefined && (attr(child(numatune, 'memory'), 'nodeset') !== undefined || children(numatune, 'memnode').length > 0
    || attr(child(numatune, 'memory'), 'placement') === 'static');
  return special || hostBinding(ctx, cell) !== undefined || tuned
    || children(child(child(ctx.def, 'cpu'), 'numa'), 'cell').some((c) => attr(c, 'memAccess') !== undefined);
}
