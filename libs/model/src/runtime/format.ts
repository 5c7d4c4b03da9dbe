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

/**
 * The output is one string grown by `+=`: V8 keeps it as a rope and flattens it once at the
 * end, cheaper than an array of parts and a join. The root writes its content before its tag.
 */
interface Context {
  readonly compiled: CompiledTables;
  out: string;
  /** Canonical prefixes used by known elements and attributes: declared on the root. */
  readonly used: Set<string>;
  /** JSON path of the value being written (for error messages), kept as a stack. */
  readonly path: (string | number)[];
}

/** Formats the JSON form described by `tables` as XML. @throws ModelError */
export function formatWithTables(value: ModelObject, tables: CodecTables, options: FormatOptions = {}): string {
  const compiled = compileTables(tables);
  const ctx: Context = { compiled, out: '', used: new Set(), path: [] };
  const pretty = options.pretty ?? true;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === '#unknown' && (value['#unknown'] as unknown[]).length === 1) {
    // a document whose root did not fit its shape is kept whole in generic form
    const out: string[] = [];
    writeGeneric(out, 0, pretty, (value['#unknown'] as GenericElement[])[0]!);
    return out.join('');
  }
  writeKnown(value, compiled.root, tables.root.qname, 0, pretty, ctx, true);
  ctx.out.charCodeAt(0); // flattens the rope here, where the cost belongs, not in the caller's first read
  return ctx.out;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : String(v));

function writeKnown(value: unknown, shape: CompiledShape, qname: string, depth: number, pretty: boolean, ctx: Context, isRoot = false): void {
  const indent = pretty ? indentOf(depth) : '';
  const nl = pretty ? '\n' : '';
  if (typeof value !== 'object' || value === null) {
    const content = value === undefined || value === null ? '' : text(value);
    ctx.out += content === '' ? `${indent}<${qname}/>${nl}` : `${indent}<${qname}>${escapeContent(content)}</${qname}>${nl}`;
    return;
  }
  const obj = value as ModelObject;
  let open = `<${qname}`;
  // One pass over the properties: attributes are written in the object's order, content
  // properties are collected and counted.
  let present: string[] | undefined;
  let texts = 0;
  let elements = 0;
  for (const key in obj) {
    const v = obj[key];
    const member = shape.memberByKey.get(key);
    if (member !== undefined) {
      if (v === undefined) continue;
      const attribute = member.attribute;
      if (attribute !== undefined) {
        open += ` ${attribute.qname}='${escapeAttribute(text(v))}'`;
        if (attribute.ns) ctx.used.add(attribute.qname.slice(0, attribute.qname.indexOf(':')));
      } else {
        (present ??= []).push(key);
        elements += Array.isArray(v) ? v.length : 1;
      }
    } else if (key === '#text') {
      if (v !== undefined) ((present ??= []).push(key), texts++);
    } else if (key === '#unknown') {
      if (!Array.isArray(v)) continue;
      (present ??= []).push(key);
      for (const u of v) typeof u === 'string' ? texts++ : elements++;
    } else if (key !== '#attributes' && key !== '#xmlns') {
      const path = `/${[...ctx.path, key].join('/')}`;
      throw new ModelError(ModelErrorCode.UnknownProperty, `${path}: <${qname}> has no attribute or child element "${key}"`, path);
    }
  }
  const unknownAttributes = obj['#attributes'];
  if (unknownAttributes) for (const [name, v] of Object.entries(unknownAttributes as object)) open += ` ${name}='${escapeAttribute(text(v))}'`;
  const xmlns = obj['#xmlns'];
  if (xmlns) {
    for (const [prefix, uri] of Object.entries(xmlns as object)) open += ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}='${escapeAttribute(text(uri))}'`;
  }
  const empty = present === undefined || texts + elements === 0;
  // text, alone or mixed with elements, is written inline so that it stays exactly as it is
  const inline = texts > 0;
  if (isRoot) {
    // The root's content is written first, so every namespace it uses is known for its tag.
    if (!empty) writeContent(obj, present!, texts + elements, shape, inline ? 0 : depth + 1, !inline && pretty, ctx);
    const own = (xmlns ?? {}) as Record<string, unknown>;
    const declarations = [...ctx.used].filter((p) => !(p in own)).sort()
      .map((p) => ` xmlns:${p}='${escapeAttribute(ctx.compiled.tables.namespaces[p]!)}'`).join('');
    open += declarations;
    const content = ctx.out;
    ctx.out = empty ? `${indent}${open}/>${nl}` : inline ? `${indent}${open}>${content}</${qname}>${nl}` : `${indent}${open}>${nl}${content}${indent}</${qname}>${nl}`;
  } else if (empty) ctx.out += `${indent}${open}/>${nl}`;
  else if (inline) {
    ctx.out += `${indent}${open}>`;
    writeContent(obj, present!, texts + elements, shape, 0, false, ctx);
    ctx.out += `</${qname}>${nl}`;
  } else {
    ctx.out += `${indent}${open}>${nl}`;
    writeContent(obj, present!, texts + elements, shape, depth + 1, pretty, ctx);
    ctx.out += `${indent}</${qname}>${nl}`;
  }
}

/** Children and text in document order where known, then whatever is left in schema order. */
function writeContent(obj: ModelObject, present: string[], total: number, shape: CompiledShape, depth: number, pretty: boolean, ctx: Context): void {
  // How many items of each property are written (a missing entry: none yet).
  const taken = new Map<string, number>();
  let written = 0;
  const order = obj[documentOrder];
  if (order) for (const key of order) if (take(obj, key, taken, shape, depth, pretty, ctx)) written++;
  if (written === total) return;
  // Not covered by the document order (built or changed by hand): schema order.
  if (present.length > 1) present.sort((a, b) => rank(shape, a) - rank(shape, b));
  for (const key of present) while (take(obj, key, taken, shape, depth, pretty, ctx));
}

/** Writes the next item of property `key`; false when all are written. */
function take(obj: ModelObject, key: string, taken: Map<string, number>, shape: CompiledShape, depth: number, pretty: boolean, ctx: Context): boolean {
  const v = obj[key];
  if (v === undefined) return false;
  const next = taken.get(key) ?? 0;
  if (Array.isArray(v) && (key === '#unknown' || shape.childByKey.has(key))) {
    if (next >= v.length) return false;
    taken.set(key, next + 1);
    writeItem(key, v[next], next, shape, depth, pretty, ctx);
  } else {
    if (next > 0) return false;
    taken.set(key, 1);
    writeItem(key, v, -1, shape, depth, pretty, ctx);
  }
  return true;
}

function writeItem(key: string, v: unknown, index: number, shape: CompiledShape, depth: number, pretty: boolean, ctx: Context): void {
  if (key === '#text') {
    ctx.out += escapeContent(text(v));
    return;
  }
  if (key === '#unknown') {
    if (typeof v === 'string') ctx.out += escapeContent(v);
    else {
      const out: string[] = [];
      writeGeneric(out, depth, pretty, v as GenericElement);
      ctx.out += out.join('');
    }
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
