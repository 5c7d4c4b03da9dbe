import type { Define, Pattern, ResolvedGrammar } from '../ir.js';

/**
 * A copy of `p` whose direct sub-patterns went through `f` (refs are leaves); `p` itself when no
 * child changed, so shared sub-trees stay shared.
 */
export function mapChildren(p: Pattern, f: (child: Pattern) => Pattern): Pattern {
  switch (p.kind) {
    case 'element':
    case 'attribute':
    case 'optional':
    case 'zeroOrMore':
    case 'oneOrMore':
    case 'mixed':
    case 'list': {
      const content = f(p.content);
      return content === p.content ? p : { ...p, content };
    }
    case 'group':
    case 'interleave':
    case 'choice': {
      const patterns = p.patterns.map(f);
      return patterns.every((c, i) => c === p.patterns[i]) ? p : { ...p, patterns };
    }
    case 'data': {
      if (!p.except) return p;
      const except = f(p.except);
      return except === p.except ? p : { ...p, except };
    }
    default:
      return p;
  }
}

/**
 * Rewrites a pattern tree from the leaves up. Expanded defines make the trees DAGs with much
 * sharing, so results are memoized per node object (`memo` is per rewrite).
 */
export function bottomUp(p: Pattern, f: (p: Pattern) => Pattern, memo = new Map<Pattern, Pattern>()): Pattern {
  let r = memo.get(p);
  if (r === undefined) {
    r = f(mapChildren(p, (c) => bottomUp(c, f, memo)));
    memo.set(p, r);
  }
  return r;
}

/** Applies a bottom-up rewrite to the start pattern and every define. */
export function rewriteGrammar<G extends ResolvedGrammar>(g: G, f: (p: Pattern) => Pattern): G {
  const memo = new Map<Pattern, Pattern>();
  const defines = new Map<string, Define>();
  for (const [name, d] of g.defines) defines.set(name, { ...d, pattern: bottomUp(d.pattern, f, memo) });
  return { ...g, start: bottomUp(g.start, f, memo), defines };
}

/** Calls `f` once on every distinct node below (and including) `p`. */
export function forEachNode(p: Pattern, f: (p: Pattern) => void, seen = new Set<Pattern>()): void {
  if (seen.has(p)) return;
  seen.add(p);
  f(p);
  for (const c of childrenOf(p)) forEachNode(c, f, seen);
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
