import type { Define, ElementPattern, ResolvedGrammar } from '@virtkit/relaxng';
import type { AttributeShape, ChildShape, ContentShape, ElementShape, ValueAlternative } from './model.js';
import type { PrefixTable } from './namespaces.js';
import type { AttributeParticle, ElementParticle, Summary } from './summary.js';
import { valueAlternatives } from './values.js';

/** What turning summaries into shapes needs to know about the grammar. */
export interface ShapeContext {
  readonly defines: ResolvedGrammar['defines'];
  readonly prefixes: PrefixTable;
  /** The define an element pattern is the whole of, for documentation. */
  readonly defineOf: ReadonlyMap<ElementPattern, Define>;
}

/**
 * The content of an element (or of one variant) from its summary. Without `codec` the shape
 * is a codec shape and decides its own property names (an attribute colliding with a child is
 * `@name`); with it, names and arrays follow `codec`, the broader shape the codec uses for the
 * same element, so a narrower view never disagrees with the JSON form.
 */
export function contentOf(
  summary: Summary,
  ctx: ShapeContext,
  childShapeOf: (particle: ElementParticle) => ElementShape,
  codec?: ElementShape,
): ContentShape {
  const children = [...summary.elements.values()].map((p) => childShape(p, childShapeOf(p), ctx, codec));
  const childKeys = new Set(children.map((c) => c.key));
  const keyOf = (qname: string) => codec?.attributes.find((a) => a.qname === qname)?.key ?? (childKeys.has(qname) ? `@${qname}` : qname);
  return {
    attributes: [...summary.attributes.values()].map((p) => attributeShape(p, ctx, keyOf)),
    children,
    text: summary.text,
    anyAttributes: summary.anyAttributes,
    anyElements: summary.anyElements,
  };
}

/** How the JSON form holds an element's text (decided on the codec shape). */
export function textModeOf(content: ContentShape): ElementShape['textMode'] {
  if (!content.text) return 'none';
  const bare = content.attributes.length === 0 && content.children.length === 0 && !content.anyAttributes && !content.anyElements;
  return bare ? 'collapse' : 'text';
}

/** The first documentation written on any of the patterns (or on the define they make up). */
export function docOf(patterns: readonly ElementPattern[], ctx: ShapeContext): string | undefined {
  return patterns.map((p) => p.doc ?? ctx.defineOf.get(p)?.doc).find((d) => d !== undefined);
}

function childShape(particle: ElementParticle, shape: ElementShape, ctx: ShapeContext, codec: ElementShape | undefined): ChildShape {
  const key = ctx.prefixes.qname(particle.ns, particle.local);
  const codecChild = codec?.children.find((c) => c.key === key);
  return {
    key,
    ns: particle.ns,
    local: particle.local,
    many: codecChild ? codecChild.many : particle.max === 2,
    required: particle.min === 1,
    shape,
    doc: docOf(particle.patterns, ctx),
  };
}

function attributeShape(particle: AttributeParticle, ctx: ShapeContext, keyOf: (qname: string) => string): AttributeShape {
  const qname = ctx.prefixes.qname(particle.ns, particle.local);
  const values: ValueAlternative[] = [];
  for (const p of particle.patterns) {
    for (const alt of valueAlternatives(p.content, ctx.defines)) {
      if (!values.some((v) => JSON.stringify(v, mapReplacer) === JSON.stringify(alt, mapReplacer))) values.push(alt);
    }
  }
  const doc = particle.patterns
    .map((p) => p.doc ?? (p.content.kind === 'ref' ? ctx.defines.get(p.content.name)?.doc : undefined))
    .find((d) => d !== undefined);
  return { key: keyOf(qname), ns: particle.ns, local: particle.local, qname, required: particle.min === 1, values, doc };
}

const mapReplacer = (_key: string, value: unknown) => (value instanceof Map ? [...value] : value);
