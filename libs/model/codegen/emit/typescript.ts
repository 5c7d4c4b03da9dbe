import { compile } from 'json-schema-to-typescript';
import { tsHeader } from './header.js';
import type { JsonSchema } from './value-schema.js';

/** Phase 3b: TypeScript types of the JSON form, from its JSON Schema (json-schema-to-typescript). */
export async function emitTypes(schema: JsonSchema, rootName: string): Promise<string> {
  const source = await compile(structuredClone(schema) as Parameters<typeof compile>[0], rootName, {
    bannerComment: tsHeader().trimEnd(),
    additionalProperties: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  // json-schema-to-typescript notes where each definition came from; the names already say it.
  return source.replace(/\n \*\n \* This interface was referenced by `[^`]+`'s JSON-Schema\n \* via the `definition` "[^"]+"\./g, '');
}
