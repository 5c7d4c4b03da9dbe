import type { AttributeShape } from '../shapes/model.js';
import { valueSchema, type JsonSchema } from './value-schema.js';

/** Small pieces shared by the element and the union emitters. */
export const refTo = (typeName: string): JsonSchema => ({ $ref: `#/definitions/${typeName}` });

export const doc = (text: string | undefined): JsonSchema => (text === undefined ? {} : { description: text });

export function attributeSchema(attribute: AttributeShape): JsonSchema {
  return valueSchema(attribute.values, attribute.doc ?? `The \`${attribute.qname}\` attribute.`);
}
