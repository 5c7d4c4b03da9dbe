import type { Define, Pattern } from '@virtkit/relaxng';
import type { ValueAlternative } from './model.js';

/**
 * The spellings a value pattern (attribute content, or text content) accepts, as a flat list
 * of alternatives. Anything more structured than choice/value/data (lists, groups of text)
 * is summarised as "any string": the JSON form keeps values as written.
 */
export function valueAlternatives(pattern: Pattern, defines: ReadonlyMap<string, Define>, seen = new Set<string>()): ValueAlternative[] {
  switch (pattern.kind) {
    case 'value':
      return [{ kind: 'value', value: pattern.value }];
    case 'data':
      return [{ kind: 'data', type: pattern.type, params: new Map(pattern.params.map((p) => [p.name, p.value])) }];
    case 'empty':
      return [{ kind: 'value', value: '' }];
    case 'notAllowed':
      return [];
    case 'choice': {
      const out: ValueAlternative[] = [];
      for (const p of pattern.patterns) {
        for (const alt of valueAlternatives(p, defines, seen)) if (!out.some((o) => sameAlternative(o, alt))) out.push(alt);
      }
      return out;
    }
    case 'optional':
      return [...valueAlternatives(pattern.content, defines, seen), { kind: 'value', value: '' }];
    case 'ref': {
      const define = defines.get(pattern.name);
      if (!define || seen.has(pattern.name)) return [{ kind: 'any' }];
      seen.add(pattern.name);
      const result = valueAlternatives(define.pattern, defines, seen);
      seen.delete(pattern.name);
      return result;
    }
    default:
      return [{ kind: 'any' }];
  }
}

function sameAlternative(a: ValueAlternative, b: ValueAlternative): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'value' && b.kind === 'value') return a.value === b.value;
  if (a.kind === 'data' && b.kind === 'data') {
    return a.type === b.type && a.params.size === b.params.size && [...a.params].every(([k, v]) => b.params.get(k) === v);
  }
  return a.kind === 'any';
}
