import { attr, child, type DomainJson } from '../input/json.js';
import { devicesOfKind } from './devices.js';

/** DIMM and NVDIMM modules without an address take the first free memory slot. */
export function assignMemorySlots(def: DomainJson): void {
  const modules = devicesOfKind(def, 'memory').filter((m) => ['dimm', 'nvdimm'].includes(attr(m, 'model') ?? ''));
  const used = new Set(modules.map((m) => attr(child(m, 'address'), 'slot')).filter((s) => s !== undefined).map(Number));
  let next = 0;
  for (const m of modules) {
    const a = child(m, 'address');
    if (attr(a, 'slot') !== undefined) continue;
    while (used.has(next)) next++;
    m.address = { ...(a ?? {}), type: 'dimm', slot: String(next) };
    used.add(next++);
  }
}
