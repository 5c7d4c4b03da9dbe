import { parseXml, type XmlElement, type XmlRange } from '@virtkit/xml';
import { compileTables, nameKey, type CompiledShape, type CompiledTables } from './compiled.js';
import { ModelError, ModelErrorCode } from './errors.js';
import { toGeneric } from './generic.js';
import { recordElement, recordKey } from './positions.js';
import { streamParse } from './stream-parse.js';
import { documentOrder, type GenericElement, type ModelObject } from './symbols.js';
import type { CodecTables } from './tables.js';

export interface ParseOptions {
  /** Shown in error messages; kept with positions. */
  readonly file?: string;
  /** Record the source range of every element object and attribute (see `positionOf`). */
  readonly positions?: boolean;
  /** Largest accepted input in UTF-16 code units (default: @virtkit/xml's). */
  readonly maxLength?: number;
  /** Deepest accepted nesting (default: @virtkit/xml's). */
  readonly maxDepth?: number;
}

/** Returned by `convert` when an element cannot take its schema shape (kept generic instead). */
const MISFIT = Symbol('misfit');

interface Context {
  readonly compiled: CompiledTables;
  readonly positions: boolean;
}

/**
 * Parses XML into the JSON form described by `tables`. Without positions, saxes events are
 * turned into the JSON form directly (fast path); with positions, through @virtkit/xml's
 * positioned tree. @throws XmlSyntaxError, ModelError
 */
export function parseWithTables(xml: string, tables: CodecTables, options: ParseOptions = {}): ModelObject {
  const compiled = compileTables(tables);
  const { root } = tables;
  if (!options.positions) {
    const { value, rootMatches } = streamParse(xml, compiled, options);
    if (!rootMatches) throw wrongRoot(String((value as GenericElement)['#name']), root.qname, options.file);
    return value as ModelObject;
  }
  const doc = parseXml(xml, {
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }),
    ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
  });
  if (doc.root.local !== root.local || doc.root.uri !== root.ns) throw wrongRoot(doc.root.name, root.qname, options.file);
  const ctx: Context = { compiled, positions: true };
  const value = convert(doc.root, compiled.root, ctx);
  if (value === MISFIT || typeof value === 'string') return { '#unknown': [toGeneric(doc.root, ctx.positions)] };
  return value;
}

const wrongRoot = (found: string, expected: string, file: string | undefined) =>
  new ModelError(ModelErrorCode.WrongRoot, `${file ?? '<input>'}: the document element is <${found}>, expected <${expected}>`);

function convert(el: XmlElement, shape: CompiledShape, ctx: Context): ModelObject | string | typeof MISFIT {
  const nodes = el.children;
  if (shape.text === 'collapse') {
    if (el.attributes.length > 0) return MISFIT;
    let text = '';
    for (const n of nodes) {
      if (n.kind === 'text') text += n.value;
      else if (n.kind === 'element') return MISFIT;
    }
    return text;
  }
  const obj: ModelObject = {};
  if (ctx.positions) recordElement(obj, el.range);
  for (const a of el.attributes) {
    const known = shape.attributeByName.get(a.uri ? nameKey(a.uri, a.local) : a.local);
    if (known) obj[known.key] = a.value;
    else unknownAttribute(obj, a.name, a.prefix, a.uri, a.value);
    if (ctx.positions) recordKey(obj, known ? known.key : '#attributes', a.range, !known);
  }
  let hasElements = false;
  for (const n of nodes) if (n.kind === 'element') { hasElements = true; break; }
  if (!hasElements) {
    let text: string | undefined;
    let range: XmlRange | undefined;
    for (const n of nodes) {
      if (n.kind !== 'text') continue;
      range = range ? { start: range.start, end: n.range.end } : n.range;
      text = text === undefined ? n.value : text + n.value;
    }
    if (text !== undefined) {
      if (shape.text !== 'none') {
        obj['#text'] = text;
        recordKey(obj, '#text', range!, false);
      } else if (text.trim() !== '') {
        pushUnknown(obj, text);
        recordKey(obj, '#unknown', range!, true);
      }
    }
    return obj;
  }
  const order: string[] = [];
  let text: string | undefined;
  let textRange: XmlRange | undefined;
  const flush = () => {
    if (text === undefined) return;
    if (text.trim() !== '') {
      const key = shape.text !== 'none' && obj['#text'] === undefined ? '#text' : '#unknown';
      if (key === '#text') obj['#text'] = text;
      else pushUnknown(obj, text);
      order.push(key);
      if (ctx.positions) recordKey(obj, key, textRange!, key === '#unknown');
    }
    text = undefined;
  };
  for (const n of nodes) {
    if (n.kind === 'text') {
      if (text === undefined) textRange = n.range;
      text = text === undefined ? n.value : text + n.value;
      continue;
    }
    if (n.kind !== 'element') continue;
    flush();
    const child = shape.childByName.get(n.uri ? nameKey(n.uri, n.local) : n.local);
    if (child) {
      const value = convert(n, ctx.compiled.shapes[child.shape]!, ctx);
      if (value !== MISFIT) {
        if (child.many) {
          const list = obj[child.key] as unknown[] | undefined;
          if (list) list.push(value);
          else obj[child.key] = [value];
        } else if (obj[child.key] === undefined) {
          obj[child.key] = value;
        } else {
          addGeneric(obj, order, n, ctx); // a second one where the schema allows one
          continue;
        }
        order.push(child.key);
        if (ctx.positions) recordKey(obj, child.key, n.range, child.many);
        continue;
      }
    }
    addGeneric(obj, order, n, ctx);
  }
  flush();
  if (order.length > 1) Object.defineProperty(obj, documentOrder, { value: order, writable: true, configurable: true });
  return obj;
}

function addGeneric(obj: ModelObject, order: string[], el: XmlElement, ctx: Context): void {
  pushUnknown(obj, toGeneric(el, ctx.positions));
  order.push('#unknown');
  if (ctx.positions) recordKey(obj, '#unknown', el.range, true);
}

function pushUnknown(obj: ModelObject, item: GenericElement | string): void {
  const list = obj['#unknown'] as (GenericElement | string)[] | undefined;
  if (list) list.push(item);
  else obj['#unknown'] = [item];
}

function unknownAttribute(obj: ModelObject, name: string, prefix: string, uri: string, value: string): void {
  const attributes = (obj['#attributes'] ??= {}) as Record<string, string>;
  attributes[name] = value;
  if (prefix !== '' && prefix !== 'xml') ((obj['#xmlns'] ??= {}) as Record<string, string>)[prefix] = uri;
}
