import type { CodecAttribute, CodecChild, CodecShape, CodecTables } from './tables.js';

/** A shape with lookup maps, built once per table set. */
export interface CompiledShape extends CodecShape {
  /** By `{ns}local` (or `local` without namespace). */
  readonly attributeByName: ReadonlyMap<string, CodecAttribute>;
  readonly attributeByKey: ReadonlyMap<string, CodecAttribute>;
  readonly childByName: ReadonlyMap<string, CodecChild>;
  readonly childByKey: ReadonlyMap<string, CodecChild>;
  /** Position of each child key in schema order. */
  readonly childIndex: ReadonlyMap<string, number>;
  /** Every property name of the shape, attribute or child: one lookup per property when formatting. */
  readonly memberByKey: ReadonlyMap<string, CompiledMember>;
}

/** An attribute or a child element of a shape, found by its property name. */
export interface CompiledMember {
  readonly attribute: CodecAttribute | undefined;
  readonly child: CodecChild | undefined;
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
    attributeByKey: new Map(s.attributes.map((a) => [a.key, a])),
    childByName: new Map(s.children.map((c) => [nameKey(c.ns, c.local), c])),
    childByKey: new Map(s.children.map((c) => [c.key, c])),
    childIndex: new Map(s.children.map((c, i) => [c.key, i])),
    memberByKey: new Map<string, CompiledMember>([
      ...s.children.map((c) => [c.key, { attribute: undefined, child: c }] as const),
      ...s.attributes.map((a) => [a.key, { attribute: a, child: undefined }] as const),
    ]),
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
