import type { Pattern } from '../ir.js';

/**
 * Spec 4.12: a group, interleave or choice of a single pattern is that pattern. Groups and
 * interleaves nested in the same kind are flattened (associativity), which keeps the n-ary lists
 * short for the later steps; the engine folds them into binary nodes.
 */
export function normalizeArity(p: Pattern): Pattern {
  if (p.kind !== 'group' && p.kind !== 'interleave' && p.kind !== 'choice') return p;
  const flat: Pattern[] = [];
  for (const child of p.patterns) {
    if (child.kind === p.kind && child.doc === undefined) flat.push(...child.patterns);
    else flat.push(child);
  }
  if (flat.length === 1) return flat[0]!;
  return { ...p, patterns: flat };
}
