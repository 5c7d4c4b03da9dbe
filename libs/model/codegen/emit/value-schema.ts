import type { ValueAlternative } from '../shapes/model.js';

export type JsonSchema = { [keyword: string]: unknown };

/**
 * Lexical patterns of the XML Schema datatypes a value may be declared with, for datatypes
 * whose spelling is narrower than "any string". Values are kept as written, so the JSON
 * Schema checks the spelling, not the value space.
 */
const DATATYPE_PATTERNS: Readonly<Record<string, string>> = {
  integer: '[+-]?[0-9]+',
  int: '[+-]?[0-9]+',
  long: '[+-]?[0-9]+',
  short: '[+-]?[0-9]+',
  byte: '[+-]?[0-9]+',
  nonNegativeInteger: '\\+?[0-9]+',
  unsignedLong: '\\+?[0-9]+',
  unsignedInt: '\\+?[0-9]+',
  unsignedShort: '\\+?[0-9]+',
  unsignedByte: '\\+?[0-9]+',
  positiveInteger: '\\+?0*[1-9][0-9]*',
  decimal: '[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)',
  double: '[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?INF|NaN',
  float: '[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?INF|NaN',
  boolean: 'true|false|1|0',
};

/** Datatypes whose values keep their white space; every other one collapses it first. */
const PRESERVES_SPACE = new Set(['string']);

/** One alternative as a JSON Schema, or undefined when it accepts any string. */
function alternativeSchema(alt: ValueAlternative): JsonSchema | undefined {
  if (alt.kind === 'any') return undefined;
  if (alt.kind === 'value') return { const: alt.value };
  const pattern = alt.params.get('pattern') ?? DATATYPE_PATTERNS[alt.type];
  if (pattern === undefined) return undefined;
  const space = PRESERVES_SPACE.has(alt.type) ? '' : '[ \\t\\n\\r]*';
  const anchored = `^${space}(?:${pattern})${space}$`;
  try {
    new RegExp(anchored, 'u');
  } catch {
    return undefined; // an XML Schema regex construct JavaScript lacks: leave the value unchecked
  }
  return { pattern: anchored };
}

/** The JSON Schema of a string value with these spellings (enums, patterns, or any string). */
export function valueSchema(alternatives: readonly ValueAlternative[], description?: string): JsonSchema {
  const doc = description === undefined ? {} : { description };
  const parts = alternatives.map(alternativeSchema);
  if (parts.length === 0 || parts.some((p) => p === undefined)) return { type: 'string', ...doc };
  const values = [...new Set(parts.filter((p) => p && 'const' in p).map((p) => p!.const as string))];
  const patterns = parts.filter((p) => p && 'pattern' in p) as JsonSchema[];
  if (patterns.length === 0) return { type: 'string', enum: values, ...doc };
  if (values.length === 0 && patterns.length === 1) return { type: 'string', ...patterns[0], ...doc };
  const anyOf: JsonSchema[] = [...(values.length ? [{ type: 'string', enum: values }] : []), ...patterns.map((p) => ({ type: 'string', ...p }))];
  return { anyOf, ...doc };
}
