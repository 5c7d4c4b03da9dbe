import type { AttributeShape, ChildShape, ElementShape, ShapeModel } from '../shapes/model.js';
import { valueSchema, type JsonSchema } from './value-schema.js';

/** Names of the definitions every generated schema carries beside the element shapes. */
export const UNKNOWN_ELEMENT = 'UnknownElement';
export const RESERVED_TYPE_NAMES = [UNKNOWN_ELEMENT, 'ModelExtras'];

/**
 * Phase 3a: the JSON Schema (draft-07) of the JSON form. One definition per element shape,
 * titled with its type name; the root shape is the document schema itself.
 */
export function emitJsonSchema(model: ShapeModel): JsonSchema {
  const definitions: Record<string, JsonSchema> = {};
  for (const shape of model.shapes) if (shape !== model.root) definitions[shape.typeName] = shapeSchema(shape, model);
  definitions[UNKNOWN_ELEMENT] = unknownElementSchema();
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...shapeSchema(model.root, model),
    definitions,
  };
}

const ref = (shape: ElementShape, model: ShapeModel): JsonSchema =>
  shape === model.root ? { $ref: '#' } : { $ref: `#/definitions/${shape.typeName}` };

const doc = (text: string | undefined): JsonSchema => (text === undefined ? {} : { description: text });

function shapeSchema(shape: ElementShape, model: ShapeModel): JsonSchema {
  const head = { title: shape.typeName, ...doc(shape.doc ?? `The \`<${shape.qname}>\` element.`) };
  if (shape.textMode === 'collapse') return { ...head, ...valueSchema(shape.text ?? []) };
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const attribute of shape.attributes) {
    properties[attribute.key] = attributeSchema(attribute);
    if (attribute.required) required.push(attribute.key);
  }
  if (shape.textMode === 'text') properties['#text'] = valueSchema(shape.text ?? [], 'The text content.');
  for (const child of shape.children) {
    properties[child.key] = childSchema(child, model);
    if (child.required) required.push(child.key);
  }
  if (shape.anyAttributes) {
    properties['#attributes'] = { type: 'object', additionalProperties: { type: 'string' }, description: 'Attributes the schema allows by wildcard, by qualified name as written.' };
  }
  if (shape.anyElements || shape.anyAttributes) {
    properties['#xmlns'] = { type: 'object', additionalProperties: { type: 'string' }, description: 'Namespace declarations (prefix, `` for the default, to URI) the wildcard content needs.' };
  }
  if (shape.anyElements) {
    properties['#unknown'] = {
      type: 'array',
      items: { anyOf: [{ $ref: `#/definitions/${UNKNOWN_ELEMENT}` }, { type: 'string' }] },
      description: 'Elements the schema allows by wildcard (and stray text), in their generic form.',
    };
  }
  return { ...head, type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

function attributeSchema(attribute: AttributeShape): JsonSchema {
  return valueSchema(attribute.values, attribute.doc ?? `The \`${attribute.qname}\` attribute.`);
}

function childSchema(child: ChildShape, model: ShapeModel): JsonSchema {
  const description = child.doc ?? child.shape.doc ?? `The \`<${child.key}>\` element.`;
  if (child.many) return { type: 'array', items: ref(child.shape, model), description };
  return { allOf: [ref(child.shape, model)], description };
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
