import { SchemaError, SchemaErrorCode } from '../errors.js';
import type { NameClass, Pattern, ResolvedGrammar, SourceLocation } from '../ir.js';
import { nameClassesOverlap } from '../name-class.js';
import { childrenOf } from './walk.js';

interface Used {
  readonly elements: NameClass[];
  text: boolean;
}

/**
 * Spec 7.4: the two sides of an interleave may not share an element name, and at most one side may
 * contain text, so a document's children split between them in only one way.
 */
export function checkInterleaves(g: ResolvedGrammar): void {
  const elementName = (ref: string): NameClass => {
    const target = g.defines.get(ref)!.pattern;
    return target.kind === 'element' ? target.name : { kind: 'choice', options: [] };
  };
  const memo = new Map<Pattern, Used>();
  const scan = (p: Pattern, near: SourceLocation | undefined): Used => {
    let r = memo.get(p);
    if (!r) memo.set(p, (r = scanOnce(p, near)));
    return r;
  };
  const scanOnce = (p: Pattern, near: SourceLocation | undefined): Used => {
    const here = p.source ?? near;
    if (p.kind === 'ref') return { elements: [elementName(p.name)], text: false };
    if (p.kind === 'text') return { elements: [], text: true };
    if (p.kind === 'attribute' || p.kind === 'list' || p.kind === 'data' || p.kind === 'value') {
      childrenOf(p).forEach((c) => scan(c, here)); // interleaves below still count
      return { elements: [], text: false };
    }
    const parts = childrenOf(p).map((c) => scan(c, here));
    if (p.kind === 'interleave') {
      for (let i = 0; i < parts.length; i++) {
        for (let j = 0; j < i; j++) {
          const a = parts[i]!;
          const b = parts[j]!;
          if (a.text && b.text) throw new SchemaError(SchemaErrorCode.BadInterleave, 'both sides of an interleave allow text (RELAX NG section 7.4)', here);
          if (a.elements.some((x) => b.elements.some((y) => nameClassesOverlap(x, y)))) {
            throw new SchemaError(SchemaErrorCode.BadInterleave, 'both sides of an interleave allow the same element (RELAX NG section 7.4)', here);
          }
        }
      }
    }
    if (parts.length === 1) return parts[0]!;
    return { elements: [...new Set(parts.flatMap((u) => u.elements))], text: parts.some((u) => u.text) };
  };
  scan(g.start, undefined);
  for (const d of g.defines.values()) {
    if (d.pattern.kind === 'element') scan(d.pattern.content, d.pattern.source ?? d.source);
  }
}
