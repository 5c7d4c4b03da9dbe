import type { ContentShape, ElementShape, UnionShape, VariantShape } from '../shapes/model.js';
import { attributeSchema, doc, refTo } from './schema-parts.js';
import type { JsonSchema } from './value-schema.js';

export type UnionStyle = 'if-then' | 'any-of';

type ContentSchema = (content: ContentShape, textMode: ElementShape['textMode']) => JsonSchema;

/**
 * The definitions of a discriminated element: the element itself, then one per variant. For
 * validation the element checks the discriminator's value and, keyed on it, applies exactly one
 * variant (`if`/`then`), so a wrong property in a `type='file'` disk is reported against the
 * file variant alone instead of against every variant as `oneOf`/`anyOf` would.
 */
export function unionDefinitions(shape: ElementShape, union: UnionShape, style: UnionStyle, content: ContentSchema): Record<string, JsonSchema> {
  const key = union.discriminator;
  const head = { title: shape.typeName, ...doc(shape.doc ?? `The \`<${shape.qname}>\` element.`) };
  const definitions: Record<string, JsonSchema> = {};
  if (style === 'any-of') {
    definitions[shape.typeName] = { ...head, anyOf: union.variants.map((v) => refTo(v.typeName)) };
  } else {
    const attribute = shape.codec.attributes.find((a) => a.key === key)!;
    const values = union.variants.flatMap((v) => v.values);
    definitions[shape.typeName] = {
      ...head,
      type: 'object',
      properties: { [key]: { ...attributeSchema(attribute), type: 'string', enum: values } },
      ...(union.variants.some((v) => v.isDefault) ? {} : { required: [key] }),
      allOf: union.variants.map((v) => ({
        if: { properties: { [key]: { enum: v.values } }, ...(v.isDefault ? {} : { required: [key] }) },
        then: refTo(v.typeName),
      })),
    };
  }
  for (const variant of union.variants) {
    definitions[variant.typeName] = { title: variant.typeName, ...doc(variantDoc(shape, key, variant)), ...content(variant, shape.textMode) };
  }
  return definitions;
}

function variantDoc(shape: ElementShape, key: string, variant: VariantShape): string {
  const values = variant.values.map((v) => `'${v}'`).join(', ');
  const when = variant.isDefault ? ` (also when \`${key}\` is left out)` : '';
  const intro = shape.doc ?? `The \`<${shape.qname}>\` element.`;
  return `${intro}\n\nVariant with \`${key}\` ${variant.values.length > 1 ? `one of ${values}` : values}${when}.`;
}

/**
 * A codec shape the types do not use: the merged view of a child that each variant of its
 * parent narrows. It is the union of those narrower shapes.
 */
export function mergedViewSchema(shape: ElementShape, narrower: readonly ElementShape[]): JsonSchema {
  const description = `${shape.doc ?? `The \`<${shape.qname}>\` element.`}\n\nAny of the forms the variants of its parent allow.`;
  return { title: shape.typeName, description, anyOf: narrower.map((n) => refTo(n.typeName)) };
}
