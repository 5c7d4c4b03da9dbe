import type { Pattern } from '../ir.js';

/** Spec 4.15: `zeroOrMore p` is `choice(oneOrMore p, empty)`. */
export function expandZeroOrMore(p: Pattern): Pattern {
  if (p.kind !== 'zeroOrMore') return p;
  return { kind: 'choice', patterns: [{ kind: 'oneOrMore', content: p.content }, { kind: 'empty' }], ...(p.doc ? { doc: p.doc } : {}), ...(p.source ? { source: p.source } : {}) };
}
