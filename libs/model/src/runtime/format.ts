import { escapeAttribute } from '@virtkit/xml';
import { compileTables, type CompiledShape, type CompiledTables } from './compiled.js';
import { ModelError, ModelErrorCode } from './errors.js';
import { writeGeneric } from './generic.js';
import { documentOrder, type GenericElement, type ModelObject } from './symbols.js';
import type { CodecTables } from './tables.js';
import { escapeContent, indentOf } from './writer.js';

export interface FormatOptions {
  /** Indent with two spaces, one element per line (default true); false writes one line. */
  readonly pretty?: boolean;
}

interface Context {
  readonly compiled: CompiledTables;
  readonly out: string[];
  /** Canonical prefixes used by known elements and attributes: declared on the root. */
  readonly used: Set<string>;
  /** JSON path of the value being written (for error messages), kept as a stack. */
  readonly path: (string | number)[];
}

/** Formats the JSON form described by `tables` as XML. @throws ModelError */
export function formatWithTables(value: ModelObject, tables: CodecTables, options: FormatOptions = {}): string {
  const compiled = compileTables(tables);
  const ctx: Context = { compiled, out: [], used: new Set(), path: [] };
  const pretty = options.pretty ?? true;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === '#unknown' && (value['#unknown'] as unknown[]).length === 1) {
    // a document whose root did not fit its shape is kept whole in generic form
    writeGeneric(ctx.out, 0, pretty, (value['#unknown'] as GenericElement[])[0]!);
    return ctx.out.join('');
  }
  writeKnown(value, compiled.root, tables.root.qname, 0, pretty, ctx, true);
  return ctx.out.join('');
}

function writeKnown(value: unknown, shape: CompiledShape, qname: string, depth: number, pretty: boolean, ctx: Context, isRoot = false): void {
  const { out } = ctx;
  const indent = pretty ? indentOf(depth) : '';
  const nl = pretty ? '\n' : '';
  if (typeof value !== 'object' || value === null) {
    const text = value === undefined || value === null ? '' : String(value);
    out.push(text === '' ? `${indent}<${qname}/>${nl}` : `${indent}<${qname}>${escapeContent(text)}</${qname}>${nl}`);
    return;
  }
  const obj = value as ModelObject;
  let open = `<${qname}`;
  // One pass over the properties: attributes are written in the object's order, content
  // properties are collected and counted.
  const present: string[] = [];
  let texts = 0;
  let elements = 0;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    const attribute = shape.attributeByKey.get(key);
    if (attribute) {
      if (v === undefined) continue;
      open += ` ${attribute.qname}='${escapeAttribute(String(v))}'`;
      if (attribute.ns) ctx.used.add(attribute.qname.slice(0, attribute.qname.indexOf(':')));
    } else if (key === '#text') {
      if (v !== undefined) (present.push(key), texts++);
    } else if (key === '#unknown') {
      if (!Array.isArray(v)) continue;
      present.push(key);
      for (const u of v) typeof u === 'string' ? texts++ : elements++;
    } else if (shape.childByKey.has(key)) {
      if (v !== undefined) (present.push(key), (elements += Array.isArray(v) ? v.length : 1));
    } else if (key !== '#attributes' && key !== '#xmlns') {
      const path = `/${[...ctx.path, key].join('/')}`;
      throw new ModelError(ModelErrorCode.UnknownProperty, `${path}: <${qname}> has no attribute or child element "${key}"`, path);
    }
  }
  if (obj['#attributes']) for (const [name, v] of Object.entries(obj['#attributes'] as object)) open += ` ${name}='${escapeAttribute(String(v))}'`;
  if (obj['#xmlns']) {
    for (const [prefix, uri] of Object.entries(obj['#xmlns'] as object)) open += ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}='${escapeAttribute(String(uri))}'`;
  }
  const first = out.length;
  if (texts + elements === 0) out.push(`${indent}${open}/>${nl}`);
  else if (texts === 0) {
    out.push(`${indent}${open}>${nl}`);
    writeContent(obj, present, shape, depth + 1, pretty, ctx);
    out.push(`${indent}</${qname}>${nl}`);
  } else {
    // text, alone or mixed with elements: written inline so that the text stays exactly as it is
    out.push(`${indent}${open}>`);
    writeContent(obj, present, shape, 0, false, ctx);
    out.push(`</${qname}>${nl}`);
  }
  if (isRoot) {
    // The root's children are written first, so every namespace they use is known by now.
    const own = (obj['#xmlns'] ?? {}) as Record<string, unknown>;
    const declarations = [...ctx.used].filter((p) => !(p in own)).sort()
      .map((p) => ` xmlns:${p}='${escapeAttribute(ctx.compiled.tables.namespaces[p]!)}'`).join('');
    out[first] = `${indent}${open}${declarations}${out[first]!.slice(indent.length + open.length)}`;
  }
}

/** Children and text in document order where known, then whatever is left in schema order. */
function writeContent(obj: ModelObject, present: string[], shape: CompiledShape, depth: number, pretty: boolean, ctx: Context): void {
  let taken: Map<string, number> | undefined;
  let written = 0;
  let total = 0;
  for (const key of present) {
    const v = obj[key];
    total += Array.isArray(v) ? v.length : 1;
  }
  const take = (key: string): boolean => {
    const v = obj[key];
    if (v === undefined) return false;
    const next = taken?.get(key) ?? 0;
    if (Array.isArray(v) && (key === '#unknown' || shape.childByKey.has(key))) {
      if (next >= v.length) return false;
      (taken ??= new Map()).set(key, next + 1);
      writeItem(key, v[next], next, shape, depth, pretty, ctx);
    } else {
      if (next > 0) return false;
      (taken ??= new Map()).set(key, 1);
      writeItem(key, v, -1, shape, depth, pretty, ctx);
    }
    written++;
    return true;
  };
  const order = obj[documentOrder];
  if (order) for (const key of order) take(key);
  if (written === total) return;
  // Not covered by the document order (built or changed by hand): schema order.
  if (present.length > 1) present.sort((a, b) => rank(shape, a) - rank(shape, b));
  for (const key of present) while (take(key));
}

function writeItem(key: string, v: unknown, index: number, shape: CompiledShape, depth: number, pretty: boolean, ctx: Context): void {
  if (key === '#text') {
    ctx.out.push(escapeContent(String(v)));
    return;
  }
  if (key === '#unknown') {
    if (typeof v === 'string') ctx.out.push(escapeContent(v));
    else writeGeneric(ctx.out, depth, pretty, v as GenericElement);
    return;
  }
  const child = shape.childByKey.get(key)!;
  if (child.ns) ctx.used.add(child.key.slice(0, child.key.indexOf(':')));
  ctx.path.push(key);
  if (index >= 0) ctx.path.push(index);
  writeKnown(v, ctx.compiled.shapes[child.shape]!, child.key, depth, pretty, ctx);
  ctx.path.length -= index >= 0 ? 2 : 1;
}

/** Schema position of a content property: text first, unknown content last. */
function rank(shape: CompiledShape, key: string): number {
  if (key === '#text') return -1;
  if (key === '#unknown') return Number.MAX_SAFE_INTEGER;
  return shape.childIndex.get(key)!;
}
