import { SchemaError, SchemaErrorCode } from '../errors.js';
import type { NameClass, Pattern, ResolvedGrammar, SourceLocation } from '../ir.js';
import { isInfinite, nameClassesOverlap } from '../name-class.js';
import { childrenOf } from './walk.js';

/**
 * Spec 7.3: the members of a group or interleave may not both allow an attribute of the same name,
 * and an attribute with an open name class (anyName/nsName) must be repeatable (under oneOrMore).
 */
export function checkAttributeDuplication(g: ResolvedGrammar): void {
  for (const d of g.defines.values()) {
    const el = d.pattern;
    if (el.kind === 'element') attributesOf(el.content, false, el.source ?? d.source);
  }
}

const memo = [new WeakMap<Pattern, NameClass[]>(), new WeakMap<Pattern, NameClass[]>()] as const;

/** Name classes of the attributes `p` can carry, checking the rules on the way. */
function attributesOf(p: Pattern, repeated: boolean, near: SourceLocation | undefined): NameClass[] {
  const table = memo[repeated ? 1 : 0];
  let r = table.get(p);
  if (!r) {
    r = computeAttributes(p, repeated, near);
    table.set(p, r);
  }
  return r;
}

function computeAttributes(p: Pattern, repeated: boolean, near: SourceLocation | undefined): NameClass[] {
  const here = p.source ?? near;
  if (p.kind === 'attribute') {
    if (!repeated && isInfinite(p.name)) {
      throw new SchemaError(SchemaErrorCode.DuplicateAttribute, 'an attribute with anyName or nsName must be inside oneOrMore (RELAX NG section 7.3)', here);
    }
    return [p.name];
  }
  if (p.kind === 'ref') return [];
  const inner = repeated || p.kind === 'oneOrMore';
  if (p.kind === 'group' || p.kind === 'interleave') {
    const seen: NameClass[] = [];
    for (const c of p.patterns) {
      const mine = attributesOf(c, inner, here);
      for (const a of mine) {
        if (seen.some((b) => nameClassesOverlap(a, b))) {
          throw new SchemaError(SchemaErrorCode.DuplicateAttribute, 'the same attribute can occur twice in one element (RELAX NG section 7.3)', c.source ?? here);
        }
      }
      seen.push(...mine);
    }
    return seen;
  }
  return childrenOf(p).flatMap((c) => attributesOf(c, inner, here));
}
