import { escapeAttribute } from '@virtkit/xml';
import { compileTables, type CompiledShape, type CompiledTables } from './compiled.js';
import { ModelError, ModelErrorCode } from './errors.js';
import { writeGeneric } from './generic.js';
import { documentOrder, type GenericElement, type ModelObject } from './symbols.js';
import type { CodecTables } from './tables.js';
import { writeElement, type ContentItem } from './writer.js';

export interface FormatOptions {
  /** Indent with two spaces, one element per line (default true); false writes one line. */
  readonly pretty?: boolean;
}

interface Context {
  readonly compiled: CompiledTables;
  /** Canonical prefixes used by known elements and attributes: declared on the root. */
  readonly used: Set<string>;
}

/** Formats the JSON form described by `tables` as XML. @throws ModelError */
export function formatWithTables(value: ModelObject, tables: CodecTables, options: FormatOptions = {}): string {
  const compiled = compileTables(tables);
  const ctx: Context = { compiled, used: new Set() };
  const pretty = options.pretty ?? true;
  const out: string[] = [];
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === '#unknown' && (value['#unknown'] as unknown[]).length === 1) {
    // a document whose root did not fit its shape is kept whole in generic form
    writeGeneric(out, 0, pretty, (value['#unknown'] as GenericElement[])[0]!);
    return out.join('');
  }
  writeKnown(out, 0, pretty, value, compiled.root, tables.root.qname, '', ctx, true);
  return out.join('');
}

function writeKnown(
  out: string[], depth: number, pretty: boolean, value: unknown, shape: CompiledShape, qname: string, path: string, ctx: Context, isRoot = false,
): void {
  if (typeof value !== 'object' || value === null) {
    writeElement(out, depth, pretty, `<${qname}`, qname, value === undefined || value === null ? [] : [String(value)]);
    return;
  }
  const obj = value as ModelObject;
  let open = `<${qname}`;
  // One pass over the properties: attributes are written in the object's order; content
  // properties are collected for contentItems.
  const present: string[] = [];
  for (const key of Object.keys(obj)) {
    const attribute = shape.attributeByKey.get(key);
    if (attribute) {
      if (obj[key] === undefined) continue;
      open += ` ${attribute.qname}='${escapeAttribute(String(obj[key]))}'`;
      if (attribute.ns) ctx.used.add(attribute.qname.slice(0, attribute.qname.indexOf(':')));
    } else if (shape.childByKey.has(key) || key === '#text' || key === '#unknown') {
      if (obj[key] !== undefined) present.push(key);
    } else if (key !== '#attributes' && key !== '#xmlns') {
      throw new ModelError(ModelErrorCode.UnknownProperty, `${path || '/'}: <${qname}> has no attribute or child element "${key}"`, `${path}/${key}`);
    }
  }
  for (const [name, v] of Object.entries((obj['#attributes'] ?? {}) as Record<string, unknown>)) open += ` ${name}='${escapeAttribute(String(v))}'`;
  for (const [prefix, uri] of Object.entries((obj['#xmlns'] ?? {}) as Record<string, unknown>)) {
    open += ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}='${escapeAttribute(String(uri))}'`;
  }
  const items = present.length === 0 ? [] : contentItems(obj, present, shape, path, ctx);
  if (isRoot) {
    // Children are written first so that every namespace they use is known for the root's tag.
    const body: string[] = [];
    writeElement(body, depth, pretty, '\u0000', qname, items);
    const own = (obj['#xmlns'] ?? {}) as Record<string, unknown>;
    const declarations = [...ctx.used].filter((p) => !(p in own)).sort().map((p) => ` xmlns:${p}='${escapeAttribute(ctx.compiled.tables.namespaces[p]!)}'`).join('');
    out.push(body[0]!.replace('\u0000', open + declarations), ...body.slice(1));
    return;
  }
  writeElement(out, depth, pretty, open, qname, items);
}

/** Children and text in document order where known, then whatever is left in schema order. */
function contentItems(obj: ModelObject, present: string[], shape: CompiledShape, path: string, ctx: Context): ContentItem[] {
  const items: ContentItem[] = [];
  let total = 0;
  for (const key of present) {
    const v = obj[key];
    total += Array.isArray(v) ? v.length : 1;
  }
  const taken = new Map<string, number>();
  const take = (key: string) => {
    const v = obj[key];
    if (v === undefined) return;
    const next = taken.get(key) ?? 0;
    if (Array.isArray(v)) {
      if (next >= v.length) return;
      taken.set(key, next + 1);
      items.push(item(key, v[next], `${path}/${key}/${next}`, shape, ctx));
    } else if (next === 0) {
      taken.set(key, 1);
      items.push(item(key, v, `${path}/${key}`, shape, ctx));
    }
  };
  const order = obj[documentOrder];
  if (order) for (const key of order) take(key);
  if (items.length === total) return items;
  // Not covered by the document order (built or changed by hand): schema order.
  if (present.length > 1) present.sort((a, b) => rank(shape, a) - rank(shape, b));
  for (const key of present) {
    const v = obj[key];
    const count = Array.isArray(v) ? v.length : 1;
    while ((taken.get(key) ?? 0) < count) take(key);
  }
  return items;
}

/** Schema position of a content property: text first, unknown content last. */
function rank(shape: CompiledShape, key: string): number {
  if (key === '#text') return -1;
  if (key === '#unknown') return Number.MAX_SAFE_INTEGER;
  return shape.childIndex.get(key)!;
}

function item(key: string, v: unknown, path: string, shape: CompiledShape, ctx: Context): ContentItem {
  if (key === '#text') return String(v);
  if (key === '#unknown') {
    return typeof v === 'string' ? v : (o, d, p) => writeGeneric(o, d, p, v as GenericElement);
  }
  const child = shape.childByKey.get(key)!;
  const childShape = ctx.compiled.shapes[child.shape]!;
  if (child.ns) ctx.used.add(child.key.slice(0, child.key.indexOf(':')));
  return (o, d, p) => writeKnown(o, d, p, v, childShape, child.key, path, ctx);
}
