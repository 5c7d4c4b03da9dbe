import type { Define, Pattern, ResolvedGrammar } from '../ir.js';

/** A copy of `p` whose direct sub-patterns went through `f` (refs are leaves). */
export function mapChildren(p: Pattern, f: (child: Pattern) => Pattern): Pattern {
  switch (p.kind) {
    case 'element':
    case 'attribute':
    case 'optional':
    case 'zeroOrMore':
    case 'oneOrMore':
    case 'mixed':
    case 'list':
      return { ...p, content: f(p.content) };
    case 'group':
    case 'interleave':
    case 'choice':
      return { ...p, patterns: p.patterns.map(f) };
    case 'data':
      return p.except ? { ...p, except: f(p.except) } : p;
    default:
      return p;
  }
}

/** Rewrites a pattern tree from the leaves up. */
export function bottomUp(p: Pattern, f: (p: Pattern) => Pattern): Pattern {
  return f(mapChildren(p, (c) => bottomUp(c, f)));
}

/** Applies a bottom-up rewrite to the start pattern and every define. */
export function rewriteGrammar<G extends ResolvedGrammar>(g: G, f: (p: Pattern) => Pattern): G {
  const defines = new Map<string, Define>();
  for (const [name, d] of g.defines) defines.set(name, { ...d, pattern: bottomUp(d.pattern, f) });
  return { ...g, start: bottomUp(g.start, f), defines };
}

/** The direct sub-patterns of `p`. */
export function childrenOf(p: Pattern): readonly Pattern[] {
  switch (p.kind) {
    case 'element':
    case 'attribute':
    case 'optional':
    case 'zeroOrMore':
    case 'oneOrMore':
    case 'mixed':
    case 'list':
      return [p.content];
    case 'group':
    case 'interleave':
    case 'choice':
      return p.patterns;
    case 'data':
      return p.except ? [p.except] : [];
    default:
      return [];
  }
}
