import type { ChildShape, ContentShape, ElementShape, ShapeModel } from '../shapes/model.js';
import { attributeSchema, doc, refTo } from './schema-parts.js';
import { mergedViewSchema, unionDefinitions, type UnionStyle } from './union-schema.js';
import { valueSchema, type JsonSchema } from './value-schema.js';

/** Names of the definitions every generated schema carries beside the element shapes. */
export const UNKNOWN_ELEMENT = 'UnknownElement';
export const RESERVED_TYPE_NAMES = [UNKNOWN_ELEMENT, 'ModelExtras'];

export interface JsonSchemaOptions {
  /**
   * How a discriminated element is written: `if-then` (default) keys each variant on the
   * discriminator so ajv reports only the matching variant's errors; `any-of` lists the
   * variants, which json-schema-to-typescript turns into a union type.
   */
  readonly unions?: UnionStyle;
}

/**
 * Phase 3a: the JSON Schema (draft-07) of the JSON form. One definition per element shape the
 * types describe, titled with its type name (a discriminated element adds one per variant);
 * the root shape is the document schema itself.
 */
export function emitJsonSchema(model: ShapeModel, options: JsonSchemaOptions = {}): JsonSchema {
  const style = options.unions ?? 'if-then';
  const definitions: Record<string, JsonSchema> = {};
  const described = new Set(model.typeShapes);
  for (const shape of model.typeShapes) {
    if (shape === model.root) continue;
    if (shape.union) Object.assign(definitions, unionDefinitions(shape, shape.union, style, contentSchema));
    else definitions[shape.typeName] = shapeSchema(shape);
  }
  for (const shape of model.shapes) {
    if (!described.has(shape)) definitions[shape.typeName] = mergedViewSchema(shape, model.typeShapes.filter((t) => t.codec === shape));
  }
  definitions[UNKNOWN_ELEMENT] = unknownElementSchema();
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...shapeSchema(model.root),
    definitions,
  };
}

const ref = (shape: ElementShape): JsonSchema => (shape.index === 0 ? { $ref: '#' } : refTo(shape.typeName));

function shapeSchema(shape: ElementShape): JsonSchema {
  const head = { title: shape.typeName, ...doc(shape.doc ?? `The \`<${shape.qname}>\` element.`) };
  if (shape.textMode === 'collapse') return { ...head, ...valueSchema(shape.text ?? []) };
  return { ...head, ...contentSchema(shape, shape.textMode) };
}

/** The object schema of an element's (or a variant's) content. */
function contentSchema(content: ContentShape, textMode: ElementShape['textMode']): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const attribute of content.attributes) {
    properties[attribute.key] = attributeSchema(attribute);
    if (attribute.required) required.push(attribute.key);
  }
  if (textMode === 'text') {
    // A variant without text still gets the white space the codec keeps under `#text`.
    properties['#text'] = content.text
      ? valueSchema(content.text, 'The text content.')
      : { type: 'string', pattern: '^[ \\t\\n\\r]*$', description: 'White space only: this variant holds no text.' };
  }
  for (const child of content.children) {
    properties[child.key] = childSchema(child);
    if (child.required) required.push(child.key);
  }
  if (content.anyAttributes) {
    properties['#attributes'] = { type: 'object', additionalProperties: { type: 'string' }, description: 'Attributes the schema allows by wildcard, by qualified name as written.' };
  }
  if (content.anyElements || content.anyAttributes) {
    properties['#xmlns'] = { type: 'object', additionalProperties: { type: 'string' }, description: 'Namespace declarations (prefix, `` for the default, to URI) the wildcard content needs.' };
  }
  if (content.anyElements) {
    properties['#unknown'] = {
      type: 'array',
      items: { anyOf: [{ $ref: `#/definitions/${UNKNOWN_ELEMENT}` }, { type: 'string' }] },
      description: 'Elements the schema allows by wildcard (and stray text), in their generic form.',
    };
  }
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

function childSchema(child: ChildShape): JsonSchema {
  const description = child.doc ?? child.shape.doc ?? `The \`<${child.key}>\` element.`;
  if (child.many) return { type: 'array', items: ref(child.shape), description };
  return { allOf: [ref(child.shape)], description };
}

function unknownElementSchema(): JsonSchema {
  return {
    title: UNKNOWN_ELEMENT,
    description: 'An element kept in generic form: one the schema does not name, or one that cannot be stored in its usual place.',
    type: 'object',
    properties: {
      '#name': { type: 'string', description: 'The qualified name as written.' },
      '#xmlns': { type: 'object', additionalProperties: { type: 'string' }, description: 'Namespace declarations (prefix, `` for the default, to URI).' },
      '#attributes': { type: 'object', additionalProperties: { type: 'string' }, description: 'Attributes by qualified name as written.' },
      '#children': {
        type: 'array',
        items: { anyOf: [{ $ref: `#/definitions/${UNKNOWN_ELEMENT}` }, { type: 'string' }] },
        description: 'Child elements and text in document order.',
      },
    },
    required: ['#name'],
    additionalProperties: false,
  };
}
