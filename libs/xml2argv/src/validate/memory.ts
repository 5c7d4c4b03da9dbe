import { attr, child, children, text, type JsonNode } from '../input/json.js';
import { toKiB } from '../prepare/units.js';
import { isPpc64Arch, type ValidateContext } from './context.js';
import { MSG } from './messages.js';
import { parseNodeset } from './nodeset.js';

export const numaCells = (ctx: ValidateContext): JsonNode[] => children(child(child(ctx.def, 'cpu'), 'numa'), 'cell');

const hugepages = (ctx: ValidateContext): JsonNode | undefined => {
  const v = child(ctx.def, 'memoryBacking')?.hugepages;
  if (v === undefined) return undefined;
  return typeof v === 'object' && !Array.isArray(v) ? v : {};
};

/** Guest NUMA cells: numbered 0..n-1, valid access modes, some memory somewhere. */
export function checkNumaCells(ctx: ValidateContext): void {
  const cells = numaCells(ctx);
  const seen = new Set<number>();
  cells.forEach((cell, i) => {
    const id = Number(attr(cell, 'id') ?? i);
    if (id >= cells.length || seen.has(id)) throw MSG.numaCellIds();
    seen.add(id);
    const access = attr(cell, 'memAccess');
    if (access !== undefined && access !== 'shared' && access !== 'private') throw MSG.memAccessInvalid(access);
  });
  const memory = ctx.def.memory;
  if ((memory === undefined || toKiB(typeof memory === 'string' ? memory : (memory as JsonNode)) === 0) && cells.length === 0) {
    throw MSG.noMemory();
  }
}

/** `<numatune>`: per-node bindings need guest cells, matching modes and static placement. */
export function checkNumatune(ctx: ValidateContext): void {
  const tune = child(ctx.def, 'numatune');
  if (!tune) return;
  const memory = child(tune, 'memory');
  const memnodes = children(tune, 'memnode');
  const nodeset = attr(memory, 'nodeset');
  if (nodeset !== undefined && (parseNodeset(nodeset)?.length ?? 0) === 0) throw MSG.numatuneNodesetInvalid(nodeset);
  const vcpuPlacement = attr(child(ctx.def, 'vcpu'), 'placement');
  const placement = attr(memory, 'placement') ?? (nodeset !== undefined ? 'static' : vcpuPlacement ?? 'static');
  if (memory && placement === 'static' && nodeset === undefined && attr(memory, 'placement') === 'static') throw MSG.numatuneNodesetNeeded();
  if (memnodes.length === 0) return;
  if (numaCells(ctx).length === 0) throw MSG.memnodeWithoutCells();
  const memoryMode = attr(memory, 'mode') ?? 'strict';
  for (const node of memnodes) {
    const restrictive = (attr(node, 'mode') ?? 'strict') === 'restrictive';
    if (restrictive !== (memoryMode === 'restrictive')) throw MSG.memnodeRestrictive();
  }
  if (placement === 'auto') throw MSG.memnodeWithAutoPlacement();
}

/** Huge page sizes and the guest nodes they are bound to. */
export function checkHugepages(ctx: ValidateContext): void {
  const pages = children(hugepages(ctx), 'page');
  const cellCount = numaCells(ctx).length;
  const defaults: number[] = [];
  for (const page of pages) {
    const nodeset = attr(page, 'nodeset');
    const nodes = nodeset === undefined ? undefined : parseNodeset(nodeset) ?? [];
    for (const n of nodes ?? []) if (n >= Math.max(cellCount, 1)) throw MSG.hugepageNode(n);
    // Without guest NUMA the whole guest is node 0, so a page bound to node 0 is the default too.
    if (nodes === undefined || (cellCount === 0 && nodes.includes(0))) defaults.push(pageKiB(page));
  }
  if (defaults.length > 1) throw MSG.hugepageTwoDefaults(defaults[1]!, defaults[0]!);
}

const pageKiB = (page: JsonNode): number => toKiB({ '#text': attr(page, 'size') ?? '0', unit: attr(page, 'unit') ?? 'KiB' });

/** Memory access modes other than the default need a memory backend to carry them. */
export function checkMemoryAccess(ctx: ValidateContext): void {
  const backing = child(ctx.def, 'memoryBacking');
  const access = attr(child(backing, 'access'), 'mode');
  if (!hugepages(ctx) || access === undefined || access === 'private' || numaCells(ctx).length > 0) return;
  const accel = ctx.virtType === 'kvm' ? ctx.caps.kvm : ctx.caps.tcg;
  const machine = accel?.machines.find((m) => m.name === ctx.machine || m.alias === ctx.machine);
  if (machine?.defaultRAMid) return;
  throw MSG.memAccessWithoutNuma(access);
}

/** Hot-pluggable memory: NUMA topology and the nodes DIMMs go to. */
export function checkMemoryHotplug(ctx: ValidateContext): void {
  const max = child(ctx.def, 'maxMemory');
  const cells = numaCells(ctx).length;
  if (max && attr(max, 'slots') !== undefined && cells === 0 && !isPpc64Arch(ctx.arch)) throw MSG.hotplugNeedsNuma();
  for (const dimm of ctx.devices('memory')) {
    const node = text(child(dimm, 'target')?.node);
    if (node !== undefined && Number(node) >= Math.max(cells, 0) && cells > 0) throw MSG.memoryBackendNode(node, cells);
  }
}

// The host's base page size (x86 and the test hosts), which needs no hugetlbfs.
const SYSTEM_PAGE_KIB = 4;

// libvirt's ceiling for any memory size, in KiB.
const MEMORY_LIMIT_KIB = 9007199254740991n;

/** Rounding NUMA cell sizes up to whole MiB must not exceed the largest size libvirt stores. */
export function checkNumaAlignment(ctx: ValidateContext): void {
  numaCells(ctx).forEach((cell, i) => {
    const raw = attr(cell, 'memory');
    if (raw === undefined || !/^\d+$/.test(raw) || (attr(cell, 'unit') ?? 'KiB').toLowerCase() !== 'kib') return;
    const aligned = ((BigInt(raw) + 1023n) / 1024n) * 1024n;
    if (aligned > MEMORY_LIMIT_KIB) throw MSG.numaNodeAlignOverflow(i);
  });
}

/** Every huge page size needs a hugetlbfs mount of that size on the host. */
export function checkHugepageMounts(ctx: ValidateContext): void {
  const hp = hugepages(ctx);
  if (!hp) return;
  const mounts = ctx.runtime.config.hugetlbfs;
  const pages = children(hp, 'page');
  if (pages.length === 0) {
    if (mounts.length === 0) throw MSG.hugepageNoMount(0);
    return;
  }
  for (const page of pages) {
    const kib = pageKiB(page);
    // Pages of the system's own size are ordinary memory.
    if (kib === SYSTEM_PAGE_KIB) continue;
    if (!mounts.some((m) => m.sizeKiB === kib)) throw MSG.hugepageNoMount(kib);
  }
}
