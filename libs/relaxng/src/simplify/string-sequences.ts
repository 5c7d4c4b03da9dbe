import { SchemaError, SchemaErrorCode } from '../errors.js';
import type { Pattern, ResolvedGrammar } from '../ir.js';

/** Content types of spec 7.2, ordered: empty < complex < simple. */
type ContentType = 0 | 1 | 2;
const EMPTY = 0;
const COMPLEX = 1;
const SIMPLE = 2;

const groupable = (a: ContentType, b: ContentType) => a === EMPTY || b === EMPTY || (a === COMPLEX && b === COMPLEX);

/**
 * Spec 7.2: an element's content may not put data (a simple type) in sequence with elements or
 * text. `undefined` means the pattern has no content type, which makes the schema incorrect.
 */
const memo = new WeakMap<Pattern, ContentType | 'none'>();

function contentType(p: Pattern): ContentType | undefined {
  const known = memo.get(p);
  if (known !== undefined) return known === 'none' ? undefined : known;
  const r = computeContentType(p);
  memo.set(p, r ?? 'none');
  return r;
}

function computeContentType(p: Pattern): ContentType | undefined {
  switch (p.kind) {
    case 'value':
    case 'data':
    case 'list':
      return SIMPLE;
    case 'text':
    case 'ref':
      return COMPLEX;
    case 'empty':
    case 'notAllowed':
      return EMPTY;
    case 'attribute':
      return contentType(p.content) === undefined ? undefined : EMPTY;
    case 'oneOrMore': {
      const c = contentType(p.content);
      return c !== undefined && groupable(c, c) ? c : undefined;
    }
    case 'choice': {
      let max: ContentType = EMPTY;
      for (const c of p.patterns) {
        const t = contentType(c);
        if (t === undefined) return undefined;
        if (t > max) max = t;
      }
      return max;
    }
    case 'group':
    case 'interleave': {
      let acc: ContentType | undefined;
      for (const c of p.patterns) {
        const t = contentType(c);
        if (t === undefined) return undefined;
        if (acc === undefined) acc = t;
        else if (!groupable(acc, t)) return undefined;
        else if (t > acc) acc = t;
      }
      return acc ?? EMPTY;
    }
    default:
      return COMPLEX;
  }
}

export function checkStringSequences(g: ResolvedGrammar): void {
  for (const d of g.defines.values()) {
    const el = d.pattern;
    if (el.kind === 'element' && contentType(el.content) === undefined) {
      throw new SchemaError(SchemaErrorCode.StringSequence, 'element content mixes data or a list with elements, text or other data (RELAX NG section 7.2)', el.source ?? d.source);
    }
  }
}
