import type { CodecAttribute, CodecChild, CodecShape, CodecTables } from './tables.js';

/** A shape with lookup maps, built once per table set. */
export interface CompiledShape extends CodecShape {
  /** By `{ns}local` (or `local` without namespace). */
  readonly attributeByName: ReadonlyMap<string, CodecAttribute>;
  readonly childByName: ReadonlyMap<string, CodecChild>;
}

export interface CompiledTables {
  readonly tables: CodecTables;
  readonly shapes: readonly CompiledShape[];
  readonly root: CompiledShape;
  /** Namespace URI -> canonical prefix. */
  readonly prefixOf: ReadonlyMap<string, string>;
}

export const nameKey = (ns: string, local: string): string => (ns ? `{${ns}}${local}` : local);

const cache = new WeakMap<CodecTables, CompiledTables>();

export function compileTables(tables: CodecTables): CompiledTables {
  const cached = cache.get(tables);
  if (cached) return cached;
  const shapes = tables.shapes.map((s) => ({
    ...s,
    attributeByName: new Map(s.attributes.map((a) => [nameKey(a.ns, a.local), a])),
    childByName: new Map(s.children.map((c) => [nameKey(c.ns, c.local), c])),
  }));
  const compiled: CompiledTables = {
    tables,
    shapes,
    root: shapes[tables.root.shape]!,
    prefixOf: new Map(Object.entries(tables.namespaces).map(([p, uri]) => [uri, p])),
  };
  cache.set(tables, compiled);
  return compiled;
}
