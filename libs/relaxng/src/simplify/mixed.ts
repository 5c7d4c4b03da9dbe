import type { Pattern } from '../ir.js';

/** Spec 4.13: `mixed p` is `interleave(p, text)`. */
export function expandMixed(p: Pattern): Pattern {
  if (p.kind !== 'mixed') return p;
  return { kind: 'interleave', patterns: [p.content, { kind: 'text' }], ...(p.doc ? { doc: p.doc } : {}), ...(p.source ? { source: p.source } : {}) };
}
