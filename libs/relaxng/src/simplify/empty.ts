import type { Pattern } from '../ir.js';

const EMPTY: Pattern = { kind: 'empty' };

/**
 * Spec 4.21: `empty` vanishes from groups and interleaves, a choice keeps at most one `empty`
 * (last), and `oneOrMore empty` is `empty`.
 */
export function propagateEmpty(p: Pattern): Pattern {
  switch (p.kind) {
    case 'group':
    case 'interleave': {
      const kept = p.patterns.filter((c) => c.kind !== 'empty');
      if (kept.length === 0) return EMPTY;
      if (kept.length === 1) return kept[0]!;
      return kept.length === p.patterns.length ? p : { ...p, patterns: kept };
    }
    case 'choice': {
      const kept = p.patterns.filter((c) => c.kind !== 'empty');
      if (kept.length === 0) return EMPTY;
      if (kept.length === p.patterns.length) return p;
      return { ...p, patterns: [...kept, EMPTY] };
    }
    case 'oneOrMore':
      return p.content.kind === 'empty' ? EMPTY : p;
    default:
      return p;
  }
}
