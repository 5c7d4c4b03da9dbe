import type { Pattern } from '../ir.js';

const NOT_ALLOWED: Pattern = { kind: 'notAllowed' };

/**
 * Spec 4.20: `notAllowed` swallows the group, interleave, attribute, list and oneOrMore around it
 * and disappears from choices and data excepts. An element keeps notAllowed content (it still
 * names an element that can never be valid).
 */
export function propagateNotAllowed(p: Pattern): Pattern {
  switch (p.kind) {
    case 'attribute':
    case 'list':
    case 'oneOrMore':
      return p.content.kind === 'notAllowed' ? NOT_ALLOWED : p;
    case 'group':
    case 'interleave':
      return p.patterns.some((c) => c.kind === 'notAllowed') ? NOT_ALLOWED : p;
    case 'choice': {
      const kept = p.patterns.filter((c) => c.kind !== 'notAllowed');
      if (kept.length === 0) return NOT_ALLOWED;
      if (kept.length === 1) return kept[0]!;
      return kept.length === p.patterns.length ? p : { ...p, patterns: kept };
    }
    case 'data':
      if (p.except?.kind === 'notAllowed') {
        const { except: _dropped, ...rest } = p;
        return rest;
      }
      return p;
    default:
      return p;
  }
}
