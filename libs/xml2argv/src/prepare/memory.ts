import { child, text, type DomainJson, type JsonNode } from '../input/json.js';
import { toKiB } from './units.js';
import { devicesOfKind } from './devices.js';
import { alignPpc64Modules, isPpc64Guest, PPC64_MEMORY_STEP_KIB } from './ppc64-memory.js';

/** Guest memory in KiB (`<memory>`), after alignment when prepared. */
export function memoryKiB(def: DomainJson): number {
  return toKiB(child(def, 'memory') ?? (def.memory as never));
}

/**
 * Rounds the memory sizes up to whole MiB as QEMU needs (libvirt aligns before starting),
 * and makes `<currentMemory>` no larger than `<memory>`.
 */
export function alignMemory(def: DomainJson): void {
  const ppc64 = isPpc64Guest(def);
  const step = ppc64 ? PPC64_MEMORY_STEP_KIB : 1024;
  const align = (kib: number): number => Math.ceil(kib / step) * step;
  const mem = memNode(def, 'memory');
  if (mem) setKiB(def, 'memory', align(toKiB(mem)), mem);
  const cells = ((child(def, 'cpu') as JsonNode | undefined)?.numa as JsonNode | undefined)?.cell;
  for (const cell of Array.isArray(cells) ? cells : cells ? [cells] : []) {
    const c = cell as JsonNode;
    if (c.memory !== undefined) {
      c.memory = String(align(toKiB({ '#text': String(c.memory), unit: c.unit ?? 'KiB' } as JsonNode)));
      c.unit = 'KiB';
    }
  }
  const cellList = (Array.isArray(cells) ? cells : cells ? [cells] : []) as JsonNode[];
  if (cellList.length > 0) {
    const sum = cellList.reduce((acc, c) => acc + Number(c.memory ?? 0), 0);
    setKiB(def, 'memory', sum, mem);
  } else if (mem) {
    // Without NUMA nodes the initial memory is what the modules do not account for.
    // (On ppc64 the modules count as written; they are rounded to whole LMBs afterwards.)
    const moduleKiB = (m: JsonNode): number => (ppc64 ? toKiB(child(child(m, 'target'), 'size')) : Math.ceil(toKiB(child(child(m, 'target'), 'size')) / 2048) * 2048);
    const modules = devicesOfKind(def, 'memory').reduce((acc, m) => acc + moduleKiB(m), 0);
    if (modules > 0) setKiB(def, 'memory', align(toKiB(mem) - modules), mem);
  }
  if (ppc64) alignPpc64Modules(def);
  const maxMem = memNode(def, 'maxMemory');
  if (maxMem) setKiB(def, 'maxMemory', align(toKiB(maxMem)), maxMem);
  const cur = memNode(def, 'currentMemory');
  const total = memNode(def, 'memory');
  if (cur && total && toKiB(cur) > toKiB(total)) setKiB(def, 'currentMemory', toKiB(total), cur);
}

function memNode(def: DomainJson, name: string): JsonNode | undefined {
  const v = def[name];
  if (v === undefined) return undefined;
  return typeof v === 'object' && !Array.isArray(v) ? v : { '#text': text(v) ?? '' };
}

function setKiB(def: DomainJson, name: string, kib: number, keep?: JsonNode): void {
  def[name] = { ...(keep ?? {}), unit: 'KiB', '#text': String(kib) };
}
