import type { Define, ElementPattern, ResolvedGrammar } from '@virtkit/relaxng';
import { contentOf, docOf, textModeOf, type ShapeContext } from './content-shape.js';
import { ContentSummarizer } from './content.js';
import type { ElementShape, ShapeModel } from './model.js';
import { NameRegistry, ShapeNaming } from './naming.js';
import { PrefixTable } from './namespaces.js';
import type { ElementParticle } from './summary.js';
import { alternative, IMPOSSIBLE, type Summary } from './summary.js';
import { TypeGraph } from './type-graph.js';
import { VariantExpander } from './variants.js';

export interface InferOptions {
  /** Prefix for type names made from define names (default `Domain`). */
  readonly rootTypePrefix?: string;
  /** Canonical prefixes for namespaces the schema names only by URI (prefix -> URI). */
  readonly namespaces?: Readonly<Record<string, string>>;
  /** Type names never to hand out (names of the runtime's own types). */
  readonly reservedTypeNames?: readonly string[];
}

/**
 * Phase 2 of the generator: from the resolved grammar to element shapes. Every set of element
 * patterns that can stand for one child name in one parent becomes one codec shape (several
 * patterns are merged: the codec reads a `type`-discriminated element with one shape holding
 * all its variants). The types then split discriminated elements into variants (type-graph.ts).
 * Shapes are discovered breadth-first from the start pattern, so indexes and names are stable.
 */
export function inferShapes(grammar: ResolvedGrammar, options: InferOptions = {}): ShapeModel {
  const summarizer = new ContentSummarizer(grammar.defines);
  const prefixes = new PrefixTable(grammar.prefixes, options.namespaces ?? {});
  const defineOf = new Map<ElementPattern, Define>();
  for (const define of grammar.defines.values()) if (define.pattern.kind === 'element') defineOf.set(define.pattern, define);
  const ctx: ShapeContext = { defines: grammar.defines, prefixes, defineOf };

  const patternIds = new Map<ElementPattern, number>();
  const idOf = (p: ElementPattern) => {
    let id = patternIds.get(p);
    if (id === undefined) patternIds.set(p, (id = patternIds.size));
    return id;
  };
  const patternKey = (patterns: readonly ElementPattern[]) => patterns.map(idOf).sort((a, b) => a - b).join(',');
  const shapes: ElementShape[] = [];
  const byKey = new Map<string, ElementShape>();
  const patternsOf = new Map<ElementShape, readonly ElementPattern[]>();
  const parents = new Map<ElementShape, ElementShape[]>();

  const shapeFor = (particle: ElementParticle, parent: ElementShape | undefined): ElementShape => {
    const key = patternKey(particle.patterns);
    const existing = byKey.get(key);
    if (existing) {
      if (parent && !parents.get(existing)!.includes(parent)) parents.get(existing)!.push(parent);
      return existing;
    }
    const shape = {
      index: shapes.length,
      typeName: '',
      ns: particle.ns,
      local: particle.local,
      qname: prefixes.qname(particle.ns, particle.local),
      doc: undefined,
      attributes: [],
      children: [],
      text: undefined,
      textMode: 'none',
      anyAttributes: false,
      anyElements: false,
      union: undefined,
    } as Omit<ElementShape, 'codec'> as ElementShape;
    shape.codec = shape;
    shapes.push(shape);
    parents.set(shape, parent ? [parent] : []);
    byKey.set(key, shape);
    patternsOf.set(shape, particle.patterns);
    return shape;
  };

  const start = summarizer.summarize(grammar.start);
  const rootParticle = start.elements.values().next().value;
  if (!rootParticle) throw new Error('the grammar has no named root element');
  const root = shapeFor(rootParticle, undefined);

  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]!;
    const patterns = patternsOf.get(shape)!;
    const summary = patterns.reduce<Summary>((acc, p) => alternative(acc, summarizer.summarize(p.content)), IMPOSSIBLE);
    shape.doc = docOf(patterns, ctx);
    Object.assign(shape, contentOf(summary, ctx, (p) => shapeFor(p, shape)));
    shape.textMode = textModeOf(shape);
  }

  const types = new TypeGraph(ctx, new VariantExpander(summarizer, grammar.defines), patternsOf, patternKey);
  types.build(root);
  for (const shape of types.typeShapes) patternsOf.set(shape, types.patternsOf(shape));
  const reached = new Set(types.reached);

  const naming = new ShapeNaming(grammar, options.rootTypePrefix ?? 'Domain', new NameRegistry(options.reservedTypeNames), {
    patternsOf: (s) => patternsOf.get(s)!,
    codecParents: (s) => parents.get(s) ?? [],
    typeParents: (s) => types.parents.get(s) ?? [],
    codecOnly: (s) => !reached.has(s),
  });
  // The shapes users see first, so they get the names; then the codec's merged views.
  for (const shape of [...types.reached, ...shapes]) naming.name(shape);
  return { root, shapes, typeShapes: types.reached, namespaces: prefixes.usedNamespaces() };
}
