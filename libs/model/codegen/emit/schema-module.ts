import { tsHeader } from './header.js';
import type { JsonSchema } from './value-schema.js';

/** The JSON Schema as a TypeScript module (importable without JSON import attributes). */
export function emitSchemaModule(schema: JsonSchema): string {
  return `${tsHeader()}\n/** JSON Schema (draft-07) of the JSON form of a domain. */\nexport const domainJsonSchema: Record<string, unknown> = ${JSON.stringify(schema, null, 2)};\n`;
}
