import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, children, text, type DomainJson, type JsonNode } from '../input/json.js';

/**
 * NUMA cells as libvirt completes them: ids by position, a full distance table (a distance
 * given one way holds both ways, a node is 10 from itself, 20 from the rest), and, when QEMU
 * can tell which vCPUs are hotpluggable, vCPUs no cell names go to the first cell.
 */
export function addNumaDefaults(def: DomainJson, caps: QemuCapabilities): void {
  const numa = child(child(def, 'cpu'), 'numa');
  const cells = children(numa, 'cell');
  if (cells.length === 0) return;
  cells.forEach((c, i) => {
    if (attr(c, 'id') === undefined) {
      const entries = Object.entries(c);
      for (const [k] of entries) delete c[k];
      Object.assign(c, { id: String(i) }, Object.fromEntries(entries));
    }
  });
  completeDistances(cells);
  if (caps.flags.has('query-hotpluggable-cpus' as never)) rectifyCpus(def, cells);
}

function completeDistances(cells: JsonNode[]): void {
  const given = new Map<string, string>();
  for (const c of cells) {
    for (const s of children(child(c, 'distances'), 'sibling')) given.set(`${attr(c, 'id')}:${attr(s, 'id')}`, attr(s, 'value') ?? '');
  }
  if (given.size === 0) return;
  for (const c of cells) {
    const me = attr(c, 'id')!;
    const sibling = cells.map((o) => {
      const other = attr(o, 'id')!;
      const value = given.get(`${me}:${other}`) ?? given.get(`${other}:${me}`) ?? (me === other ? '10' : '20');
      return { id: other, value };
    });
    c.distances = { sibling };
  }
}

function rectifyCpus(def: DomainJson, cells: JsonNode[]): void {
  const vcpu = def.vcpu;
  const count = Number(typeof vcpu === 'object' && !Array.isArray(vcpu) ? text(vcpu['#text']) : text(vcpu));
  if (!Number.isFinite(count)) return;
  const covered = new Set<number>();
  for (const c of cells) for (const n of parseCpuList(attr(c, 'cpus') ?? '')) covered.add(n);
  const missing = [...Array(count).keys()].filter((n) => !covered.has(n));
  if (missing.length === 0) return;
  cells[0]!.cpus = formatCpuList([...parseCpuList(attr(cells[0], 'cpus') ?? ''), ...missing]);
}

export function parseCpuList(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(',')) {
    const m = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part);
    if (!m) continue;
    for (let n = Number(m[1]); n <= Number(m[2] ?? m[1]); n++) out.push(n);
  }
  return out;
}

/** `0-1,5,7-11`: ascending, runs of consecutive numbers as ranges. */
export function formatCpuList(cpus: readonly number[]): string {
  const sorted = [...new Set(cpus)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}
