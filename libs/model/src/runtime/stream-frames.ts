import type { XmlScanAttribute } from '@virtkit/xml';
import { nameKey, type CompiledShape } from './compiled.js';
import { documentOrder, type GenericElement, type ModelObject } from './symbols.js';
import type { CodecChild } from './tables.js';

/** What an open element becomes: an object of its shape, a plain string, or a generic node. */
export const KNOWN = 0;
export const COLLAPSE = 1;
export const GENERIC = 2;

/** One open element of the streaming parser (a class: one hidden class, cheap to create). */
export class Frame {
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

  constructor(
    public kind: typeof KNOWN | typeof COLLAPSE | typeof GENERIC,
    /** The child entry of the parent's shape this element fills (known and collapsed elements). */
    readonly child: CodecChild | undefined,
    readonly shape: CompiledShape | undefined,
    readonly obj: ModelObject | undefined,
  ) {}
}

const NO_PREFIXES: ReadonlySet<string> = new Set();

const NO_ATTRIBUTES: readonly XmlScanAttribute[] = [];

/** An element of a known shape: attributes the shape names become properties. */
export function openKnown(attributes: readonly XmlScanAttribute[], shape: CompiledShape, child?: CodecChild): Frame {
  const obj: ModelObject = {};
  for (const a of attributes) {
    const known = shape.attributeByName.get(a.uri ? nameKey(a.uri, a.local) : a.local);
    if (known) obj[known.key] = a.value;
    else {
      ((obj['#attributes'] ??= {}) as Record<string, string>)[a.name] = a.value;
      if (a.prefix !== '' && a.prefix !== 'xml') ((obj['#xmlns'] ??= {}) as Record<string, string>)[a.prefix] = a.uri;
    }
  }
  return new Frame(KNOWN, child, shape, obj);
}

/** An element that is a plain string (namespace declarations aside, it has no attributes). */
export function openCollapse(name: string, prefix: string, uri: string, namespaces: Record<string, string> | undefined, child: CodecChild): Frame {
  const f = new Frame(COLLAPSE, child, undefined, undefined);
  f.name = name;
  f.prefix = prefix;
  f.uri = uri;
  f.namespaces = namespaces;
  return f;
}

/** A generic node; `parent` is the enclosing generic frame, undefined at the top of a subtree. */
export function openGeneric(
  name: string, prefix: string, uri: string, attributes: readonly XmlScanAttribute[], namespaces: Record<string, string> | undefined, parent: Frame | undefined,
): Frame {
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
  const f = new Frame(GENERIC, undefined, undefined, undefined);
  f.node = node;
  f.scope = scope;
  f.needed = needed;
  f.top = !parent;
  return f;
}

/** A child element starts: text read so far sits between elements. */
export function startChild(parent: Frame): void {
  if (parent.kind === COLLAPSE) toGenericFrame(parent);
  parent.hasElements = true;
  flushBetween(parent);
}

/** A plain-string element turned out to hold an element: it continues as a generic node. */
function toGenericFrame(f: Frame): void {
  const g = openGeneric(f.name, f.prefix, f.uri, NO_ATTRIBUTES, f.namespaces, undefined);
  f.kind = GENERIC;
  f.node = g.node;
  f.scope = g.scope;
  f.needed = g.needed;
  f.top = true;
  f.namespaces = undefined;
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
