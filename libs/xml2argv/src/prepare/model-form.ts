import { documentOrder, domainCodecTables, type CodecShape, type GenericElement } from '@virtkit/model';
import type { JsonNode, JsonValue } from '../input/json.js';

/**
 * Turns the loose JSON form the builder works on (strings may be attributes or text-only
 * children, `@name` only where a child of that name is present) into @virtkit/model's exact
 * form, using the schema's codec tables to tell attributes from elements. Content the schema
 * does not know at its place is kept in generic form, so nothing is dropped.
 *
 * `orderOf(path, node)` chooses the order of an element's content: the node's attribute and
 * child keys in the order to write them; the path is the element names from the root.
 */
export type ContentOrder = (path: readonly string[], node: JsonNode) => readonly string[];

type ModelNode = Record<string, unknown> & { [documentOrder]?: string[] };

interface ShapeIndex {
  readonly shape: CodecShape;
  readonly attrs: ReadonlyMap<string, string>;
  readonly kids: ReadonlyMap<string, { shape: number; many: boolean }>;
}

const shapeCache = new Map<number, ShapeIndex>();

function indexOf(n: number): ShapeIndex {
  let s = shapeCache.get(n);
  if (!s) {
    const shape = domainCodecTables.shapes[n]!;
    const attrs = new Map<string, string>();
    // a colliding attribute is `@name` in the model; the loose form uses the plain name unless a child is present
    for (const a of shape.attributes) attrs.set(a.key.startsWith('@') ? a.key.slice(1) : a.key, a.key);
    s = { shape, attrs, kids: new Map(shape.children.map((c) => [c.key, { shape: c.shape, many: c.many }])) };
    shapeCache.set(n, s);
  }
  return s;
}

const isNode = (v: unknown): v is JsonNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The domain in @virtkit/model's JSON form, ready for `formatDomain`. */
export function toModelForm(domain: JsonNode, orderOf: ContentOrder): Record<string, unknown> {
  return convertNode(domain, domainCodecTables.root.shape, ['domain'], orderOf);
}

function convertValue(v: JsonValue, shapeNo: number, path: string[], orderOf: ContentOrder): unknown {
  if (isNode(v)) return convertNode(v, shapeNo, path, orderOf);
  const textValue = String(v);
  const { shape } = indexOf(shapeNo);
  if (shape.text === 'collapse') return textValue;
  if (textValue.trim() === '') return {};
  return { '#text': textValue };
}

function convertNode(node: JsonNode, shapeNo: number, path: string[], orderOf: ContentOrder): ModelNode {
  const idx = indexOf(shapeNo);
  const out: ModelNode = {};
  const order: string[] = [];
  const unknown: (GenericElement | string)[] = [];
  const keys = orderOf(path, node).filter((k) => node[k] !== undefined && !isNamespaceDeclaration(k));
  for (const key of keys) {
    const v = node[key]!;
    if (key === '#text') {
      out['#text'] = String(v);
      order.push('#text');
      continue;
    }
    // Input read by parseDomain already holds what the schema does not know in generic form.
    if (key === '#unknown') {
      const items = (Array.isArray(v) ? v : [v]) as unknown as (GenericElement | string)[];
      unknown.push(...items);
      order.push(...items.map(() => '#unknown'));
      continue;
    }
    if ((key === '#attributes' || key === '#xmlns') && isNode(v)) {
      out[key] = { ...(out[key] as Record<string, string> | undefined), ...v };
      continue;
    }
    const plain = key.startsWith('@') ? key.slice(1) : key;
    const attrKey = idx.attrs.get(plain);
    const scalar = !isNode(v) && !Array.isArray(v);
    if (attrKey !== undefined && (scalar || key.startsWith('@'))) {
      out[attrKey] = String(v);
      continue;
    }
    const kid = idx.kids.get(plain);
    if (kid) {
      const items = (Array.isArray(v) ? v : [v]).map((x) => convertValue(x, kid.shape, [...path, plain], orderOf));
      if (kid.many) out[plain] = items;
      else {
        out[plain] = items[0];
        for (const extra of items.slice(1)) unknown.push(generic(plain, extra));
      }
      for (let i = 0; i < (kid.many ? items.length : 1); i++) order.push(plain);
      continue;
    }
    if (scalar && !idx.shape.anyElements) {
      ((out['#attributes'] ??= {}) as Record<string, string>)[key] = String(v);
      continue;
    }
    for (const x of Array.isArray(v) ? v : [v]) unknown.push(genericLoose(key, x));
    order.push(...(Array.isArray(v) ? v : [v]).map(() => '#unknown'));
  }
  if (unknown.length) out['#unknown'] = unknown;
  if (order.length) Object.defineProperty(out, documentOrder, { value: order, enumerable: false });
  return out;
}

const isNamespaceDeclaration = (k: string): boolean => k === 'xmlns' || k.startsWith('xmlns:');

/** A converted model value written back as a generic element (a repeat the schema forbids). */
function generic(name: string, v: unknown): GenericElement {
  if (!isNode(v as JsonValue)) return { '#name': name, '#children': v === '' ? [] : [String(v)] };
  const attrs: Record<string, string> = {};
  const xmlns: Record<string, string> = {};
  const kids: (GenericElement | string)[] = [];
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (k === '#text') kids.push(String(x));
    else if (isNamespaceDeclaration(k) && typeof x === 'string') xmlns[k === 'xmlns' ? '' : k.slice(6)] = x;
    else if (typeof x === 'string') attrs[k.replace(/^@/, '')] = x;
    else for (const item of Array.isArray(x) ? x : [x]) kids.push(generic(k, item));
  }
  return {
    '#name': name,
    ...(Object.keys(xmlns).length ? { '#xmlns': xmlns } : {}),
    ...(Object.keys(attrs).length ? { '#attributes': attrs } : {}),
    ...(kids.length ? { '#children': kids } : {}),
  };
}

/** Loose content the schema does not know: strings are attributes, nodes elements. */
function genericLoose(name: string, v: JsonValue): GenericElement {
  return generic(name, v);
}
