import { attr, child, type DomainJson } from '../input/json.js';
import { devicesOfKind } from './devices.js';
import { toKiB } from './units.js';

/**
 * POWER guests hand memory to the OS in 256 MiB logical memory blocks (LMBs), so libvirt
 * rounds guest memory and DIMMs to whole LMBs there.
 */
export const PPC64_MEMORY_STEP_KIB = 256 * 1024;

export function isPpc64Guest(def: DomainJson): boolean {
  const arch = attr(child(child(def, 'os'), 'type'), 'arch');
  return arch === 'ppc64' || arch === 'ppc64le';
}

/** DIMMs grow to whole LMBs (NVDIMMs keep their size: their label area is not guest RAM). */
export function alignPpc64Modules(def: DomainJson): void {
  for (const m of devicesOfKind(def, 'memory')) {
    if (attr(m, 'model') !== 'dimm') continue;
    const target = child(m, 'target');
    const size = child(target, 'size');
    if (!target || !size) continue;
    const kib = Math.ceil(toKiB(size) / PPC64_MEMORY_STEP_KIB) * PPC64_MEMORY_STEP_KIB;
    target.size = { ...size, unit: 'KiB', '#text': String(kib) };
  }
}
