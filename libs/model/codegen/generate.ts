import type { ResolvedGrammar } from '@virtkit/relaxng';
import { emitCodecTables, toCodecTables } from './emit/codec-tables.js';
import { emitJsonSchema, RESERVED_TYPE_NAMES } from './emit/json-schema.js';
import { emitSchemaModule } from './emit/schema-module.js';
import { emitTypes } from './emit/typescript.js';
import { inferShapes, type InferOptions } from './shapes/infer.js';

/** Namespaces the schema may name by URI only, with the prefixes libvirt's documents use. */
export const KNOWN_NAMESPACES: Readonly<Record<string, string>> = {
  qemu: 'http://libvirt.org/schemas/domain/qemu/1.0',
  lxc: 'http://libvirt.org/schemas/domain/lxc/1.0',
  bhyve: 'http://libvirt.org/schemas/domain/bhyve/1.0',
  xen: 'http://libvirt.org/schemas/domain/xen/1.0',
  vmware: 'http://libvirt.org/schemas/domain/vmware/1.0',
};

/**
 * The whole generator after the read phase: shapes, then the three emitters (the types come
 * from the JSON Schema with unions written as `anyOf`, which json-schema-to-typescript reads). Returns file
 * names (relative to src/generated/) and contents; writing them is the caller's business.
 */
export async function generateModel(grammar: ResolvedGrammar, options: InferOptions = {}): Promise<Map<string, string>> {
  const model = inferShapes(grammar, {
    namespaces: KNOWN_NAMESPACES,
    reservedTypeNames: RESERVED_TYPE_NAMES,
    ...options,
  });
  return new Map([
    ['codec-tables.ts', emitCodecTables(toCodecTables(model))],
    ['json-schema.ts', emitSchemaModule(emitJsonSchema(model))],
    ['types.ts', await emitTypes(emitJsonSchema(model, { unions: 'any-of' }), model.root.typeName)],
  ]);
}
