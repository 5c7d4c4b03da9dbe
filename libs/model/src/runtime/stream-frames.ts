import type { XmlScanAttribute } from '@virtkit/xml';
import { nameKey, type CompiledShape } from './compiled.js';
import { documentOrder, type GenericElement, type ModelObject } from './symbols.js';
import type { CodecChild } from './tables.js';

/** What an open element becomes: an object of its shape, a plain string, or a generic node. */
export const KNOWN = 0;
export const COLLAPSE = 1;
export const GENERIC = 2;

/**
 * One open element of the streaming parser. Frames are kept by depth and reused from element
 * to element (one hidden class, nothing allocated per element); each `open*` sets every field.
 */
export class Frame {
  kind: typeof KNOWN | typeof COLLAPSE | typeof GENERIC = KNOWN;
  /** The child entry of the parent's shape this element fills (known and collapsed elements). */
  child: CodecChild | undefined = undefined;
  shape: CompiledShape | undefined = undefined;
  obj: ModelObject | undefined = undefined;
  /** Document order of the children, made when the first child arrives. */
  order: string[] | undefined = undefined;
  node: GenericElement | undefined = undefined;
  children: (GenericElement | string)[] | undefined = undefined;
  /** Namespace prefixes declared inside the generic subtree, down to this element. */
  scope: ReadonlySet<string> | undefined = undefined;
  /** Prefixes the generic subtree uses but does not declare (shared by the whole subtree). */
  needed: Map<string, string> | undefined = undefined;
  /** Text read since the last child element. */
  text: string | undefined = undefined;
  hasElements = false;
  /** The top of a generic subtree (it declares the prefixes the subtree needs). */
  top = false;
  /** Kept while the element may still turn from a plain string into a generic node. */
  name = '';
  prefix = '';
  uri = '';
  namespaces: Record<string, string> | undefined = undefined;
}

function reset(f: Frame, kind: Frame['kind'], child: CodecChild | undefined, shape: CompiledShape | undefined, obj: ModelObject | undefined): void {
  f.kind = kind;
  f.child = child;
  f.shape = shape;
  f.obj = obj;
  f.order = undefined;
  f.node = undefined;
  f.children = undefined;
  f.scope = undefined;
  f.needed = undefined;
  f.text = undefined;
  f.hasElements = false;
  f.top = false;
  f.namespaces = undefined;
}

const NO_PREFIXES: ReadonlySet<string> = new Set();

const NO_ATTRIBUTES: readonly XmlScanAttribute[] = [];

/** An element of a known shape: attributes the shape names become properties. */
export function openKnown(f: Frame, attributes: readonly XmlScanAttribute[], shape: CompiledShape, child: CodecChild | undefined): void {
  const obj: ModelObject = {};
  const count = attributes.length;
  if (count > 0) {
    const byName = shape.attributeByName;
    for (let i = 0; i < count; i++) {
      const a = attributes[i]!;
      const known = byName.get(a.uri === '' ? a.local : nameKey(a.uri, a.local));
      if (known !== undefined) obj[known.key] = a.value;
      else {
        ((obj['#attributes'] ??= {}) as Record<string, string>)[a.name] = a.value;
        if (a.prefix !== '' && a.prefix !== 'xml') ((obj['#xmlns'] ??= {}) as Record<string, string>)[a.prefix] = a.uri;
      }
    }
  }
  reset(f, KNOWN, child, shape, obj);
}

/** An element that is a plain string (namespace declarations aside, it has no attributes). */
export function openCollapse(f: Frame, name: string, prefix: string, uri: string, namespaces: Record<string, string> | undefined, child: CodecChild): void {
  reset(f, COLLAPSE, child, undefined, undefined);
  f.name = name;
  f.prefix = prefix;
  f.uri = uri;
  f.namespaces = namespaces;
}

/** A generic node; `parent` is the enclosing generic frame, undefined at the top of a subtree. */
export function openGeneric(
  f: Frame, name: string, prefix: string, uri: string, attributes: readonly XmlScanAttribute[], namespaces: Record<string, string> | undefined, parent: Frame | undefined,
): void {
  const node: GenericElement = { '#name': name };
  let scope = parent?.scope ?? NO_PREFIXES;
  const needed = parent?.needed ?? new Map<string, string>();
  if (namespaces) {
    scope = new Set([...scope, ...Object.keys(namespaces)]);
    node['#xmlns'] = namespaces;
  }
  if (!scope.has(prefix) && (prefix !== '' || uri !== '')) needed.set(prefix, uri);
  for (const a of attributes) {
    (node['#attributes'] ??= {})[a.name] = a.value;
    if (a.prefix !== '' && a.prefix !== 'xml' && !scope.has(a.prefix)) needed.set(a.prefix, a.uri);
  }
  reset(f, GENERIC, undefined, undefined, undefined);
  f.node = node;
  f.scope = scope;
  f.needed = needed;
  f.top = !parent;
}

/** A child element starts: text read so far sits between elements. */
export function startChild(parent: Frame): void {
  if (parent.kind === COLLAPSE) toGenericFrame(parent);
  parent.hasElements = true;
  if (parent.text !== undefined) flushBetween(parent);
}

/** A plain-string element turned out to hold an element: it continues as a generic node. */
function toGenericFrame(f: Frame): void {
  const text = f.text;
  openGeneric(f, f.name, f.prefix, f.uri, NO_ATTRIBUTES, f.namespaces, undefined);
  f.text = text;
}

/** Text between child elements: white space is layout; other text is kept in place. */
function flushBetween(f: Frame): void {
  const text = f.text;
  if (text === undefined) return;
  f.text = undefined;
  if (text.trim() === '') return;
  if (f.kind === GENERIC) (f.children ??= []).push(text);
  else if (f.shape!.text !== 'none' && f.obj!['#text'] === undefined) {
    f.obj!['#text'] = text;
    (f.order ??= []).push('#text');
  } else {
    pushUnknown(f.obj!, text);
    (f.order ??= []).push('#unknown');
  }
}

/** The element ends: its value in the JSON form. */
export function closeFrame(f: Frame): unknown {
  if (f.kind === COLLAPSE) return f.text ?? '';
  if (!f.hasElements && f.text !== undefined) {
    if (f.kind === GENERIC) (f.children ??= []).push(f.text);
    else if (f.shape!.text !== 'none') f.obj!['#text'] = f.text;
    else if (f.text.trim() !== '') pushUnknown(f.obj!, f.text);
  } else flushBetween(f);
  if (f.kind === KNOWN) {
    if (f.order && f.order.length > 1) Object.defineProperty(f.obj!, documentOrder, { value: f.order, writable: true, configurable: true });
    return f.obj;
  }
  const node = f.node!;
  if (f.children) node['#children'] = f.children;
  if (f.top && f.needed!.size > 0) {
    const { '#name': name, '#xmlns': own, ...rest } = node;
    return { '#name': name, '#xmlns': { ...Object.fromEntries(f.needed!), ...own }, ...rest };
  }
  return node;
}

/** Stores a closed child's value in its parent. */
export function place(parent: Frame, child: Frame, value: unknown): void {
  if (parent.kind === GENERIC) {
    (parent.children ??= []).push(value as GenericElement);
    return;
  }
  const obj = parent.obj!;
  if (child.kind === GENERIC) {
    pushUnknown(obj, value as GenericElement);
    (parent.order ??= []).push('#unknown');
    return;
  }
  const key = child.child!.key;
  if (child.child!.many) {
    const list = obj[key] as unknown[] | undefined;
    if (list) list.push(value);
    else obj[key] = [value];
  } else obj[key] = value;
  (parent.order ??= []).push(key);
}

function pushUnknown(obj: ModelObject, item: GenericElement | string): void {
  const list = obj['#unknown'] as (GenericElement | string)[] | undefined;
  if (list) list.push(item);
  else obj['#unknown'] = [item];
}
