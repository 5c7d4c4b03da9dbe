import type { Pattern } from '../ir.js';

/** Spec 4.14: `optional p` is `choice(p, empty)`. */
export function expandOptional(p: Pattern): Pattern {
  if (p.kind !== 'optional') return p;
  return { kind: 'choice', patterns: [p.content, { kind: 'empty' }], ...(p.doc ? { doc: p.doc } : {}), ...(p.source ? { source: p.source } : {}) };
}
