import type { Define, ElementPattern, ResolvedGrammar } from '@virtkit/relaxng';
import { ContentSummarizer } from './content.js';
import type { AttributeShape, ChildShape, ElementShape, ShapeModel, ValueAlternative } from './model.js';
import { NameRegistry, ShapeNaming } from './naming.js';
import { PrefixTable } from './namespaces.js';
import type { AttributeParticle, ElementParticle } from './summary.js';
import { alternative, IMPOSSIBLE, type Summary } from './summary.js';
import { valueAlternatives } from './values.js';

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
 * patterns that can stand for one child name in one parent becomes one shape (several patterns
 * are merged: a `type`-discriminated element has one shape holding the union of its variants).
 * Shapes are discovered breadth-first from the start pattern, so indexes and names are stable.
 */
export function inferShapes(grammar: ResolvedGrammar, options: InferOptions = {}): ShapeModel {
  const rootPrefix = options.rootTypePrefix ?? 'Domain';
  const summarizer = new ContentSummarizer(grammar.defines);
  const prefixes = new PrefixTable(grammar.prefixes, options.namespaces ?? {});
  const names = new NameRegistry(options.reservedTypeNames);
  const defineOf = new Map<ElementPattern, Define>();
  for (const define of grammar.defines.values()) if (define.pattern.kind === 'element') defineOf.set(define.pattern, define);

  const patternIds = new Map<ElementPattern, number>();
  const idOf = (p: ElementPattern) => {
    let id = patternIds.get(p);
    if (id === undefined) patternIds.set(p, (id = patternIds.size));
    return id;
  };
  const shapes: ElementShape[] = [];
  const byKey = new Map<string, ElementShape>();
  const pending: { shape: ElementShape; patterns: readonly ElementPattern[] }[] = [];

  const parents = new Map<ElementShape, ElementShape[]>();
  const shapeFor = (particle: ElementParticle, parent: ElementShape | undefined): ElementShape => {
    const key = particle.patterns.map(idOf).sort((a, b) => a - b).join(',');
    const existing = byKey.get(key);
    if (existing) {
      if (parent && !parents.get(existing)!.includes(parent)) parents.get(existing)!.push(parent);
      return existing;
    }
    const shape: ElementShape = {
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
    };
    shapes.push(shape);
    parents.set(shape, parent ? [parent] : []);
    byKey.set(key, shape);
    pending.push({ shape, patterns: particle.patterns });
    return shape;
  };

  const start = summarizer.summarize(grammar.start);
  const rootParticle = start.elements.values().next().value;
  if (!rootParticle) throw new Error('the grammar has no named root element');
  const root = shapeFor(rootParticle, undefined);

  for (let i = 0; i < pending.length; i++) {
    const { shape, patterns } = pending[i]!;
    const summary = patterns.reduce<Summary>((acc, p) => alternative(acc, summarizer.summarize(p.content)), IMPOSSIBLE);
    shape.doc = patterns.map((p) => p.doc ?? defineOf.get(p)?.doc).find((d) => d !== undefined);
    shape.children = [...summary.elements.values()].map((p) => childShape(p, shapeFor(p, shape), prefixes, defineOf));
    const childKeys = new Set(shape.children.map((c) => c.key));
    shape.attributes = [...summary.attributes.values()].map((p) => attributeShape(p, prefixes, childKeys, grammar.defines));
    shape.text = summary.text;
    shape.anyAttributes = summary.anyAttributes;
    shape.anyElements = summary.anyElements;
    shape.textMode = !summary.text
      ? 'none'
      : shape.attributes.length === 0 && shape.children.length === 0 && !shape.anyAttributes && !shape.anyElements
        ? 'collapse'
        : 'text';
  }
  const naming = new ShapeNaming(grammar, rootPrefix, names);
  for (const { shape, patterns } of pending) shape.typeName = naming.nameOf(shape, patterns, parents.get(shape)!);
  return { root, shapes, namespaces: prefixes.usedNamespaces() };
}

function childShape(particle: ElementParticle, shape: ElementShape, prefixes: PrefixTable, defineOf: Map<ElementPattern, Define>): ChildShape {
  return {
    key: prefixes.qname(particle.ns, particle.local),
    ns: particle.ns,
    local: particle.local,
    many: particle.max === 2,
    required: particle.min === 1,
    shape,
    doc: particle.patterns.map((p) => p.doc ?? defineOf.get(p)?.doc).find((d) => d !== undefined),
  };
}

function attributeShape(
  particle: AttributeParticle,
  prefixes: PrefixTable,
  childKeys: ReadonlySet<string>,
  defines: ResolvedGrammar['defines'],
): AttributeShape {
  const qname = prefixes.qname(particle.ns, particle.local);
  const values: ValueAlternative[] = [];
  for (const p of particle.patterns) {
    for (const alt of valueAlternatives(p.content, defines)) {
      if (!values.some((v) => JSON.stringify(v, mapReplacer) === JSON.stringify(alt, mapReplacer))) values.push(alt);
    }
  }
  const doc = particle.patterns
    .map((p) => p.doc ?? (p.content.kind === 'ref' ? defines.get(p.content.name)?.doc : undefined))
    .find((d) => d !== undefined);
  return {
    key: childKeys.has(qname) ? `@${qname}` : qname,
    ns: particle.ns,
    local: particle.local,
    qname,
    required: particle.min === 1,
    values,
    doc,
  };
}

const mapReplacer = (_key: string, value: unknown) => (value instanceof Map ? [...value] : value);
