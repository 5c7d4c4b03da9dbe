import type { XmlRange } from '@virtkit/xml';

/** Source ranges of one element object: its own, and those of its attributes and children by key. */
interface NodePositions {
  readonly element: XmlRange;
  readonly keys: Map<string, XmlRange | XmlRange[]>;
}

/**
 * Where the ranges are kept: a non-enumerable symbol property of the object (JSON, spreading
 * and Object.keys do not see it). A WeakMap would do as well, but a WeakMap entry per object
 * made parsing with positions several times slower (mostly in the garbage collector).
 */
const positions: unique symbol = Symbol('@virtkit/model.positions') as never;

const entryOf = (node: object): NodePositions | undefined =>
  typeof node === 'object' && node !== null ? (node as { [positions]?: NodePositions })[positions] : undefined;

/** Records where an element object came from (parse with `positions: true`). */
export function recordElement(node: object, range: XmlRange): void {
  Object.defineProperty(node, positions, { value: { element: range, keys: new Map() }, writable: true, configurable: true });
}

/** Records the range of a property: single-valued, or the next item of an array-valued one. */
export function recordKey(node: object, key: string, range: XmlRange, many: boolean): void {
  const entry = entryOf(node);
  if (!entry) return;
  if (!many) {
    entry.keys.set(key, range);
    return;
  }
  const list = entry.keys.get(key);
  if (Array.isArray(list)) list.push(range);
  else entry.keys.set(key, [range]);
}

/**
 * Where a parsed node came from in the source text (only for `parseDomain(xml, { positions: true })`).
 * Without `key`: the element's range. With `key`: the attribute's range (name to closing quote),
 * or the child element's range (the `index`-th one for arrays), or the text's range for `#text`.
 * Undefined for nodes built by hand or parsed without positions.
 */
export function positionOf(node: object, key?: string, index = 0): XmlRange | undefined {
  const entry = entryOf(node);
  if (!entry) return undefined;
  if (key === undefined) return entry.element;
  const found = entry.keys.get(key);
  return Array.isArray(found) ? found[index] : found;
}
