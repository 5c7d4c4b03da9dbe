import type { XmlScanAttribute } from './scan-types.js';

/**
 * An attribute as the scanners report it: one object per position in a tag, reused from tag to
 * tag (handlers copy what they keep), and one class for every scanner, so that a handler's
 * reads of it stay monomorphic whichever scanner reported the document.
 */
export class PooledAttribute implements XmlScanAttribute {
  name = '';
  prefix = '';
  local = '';
  uri = '';
  value = '';
}

/** Appends an attribute to `list`, reusing the pool's object for that position. */
export function pushAttribute(
  list: PooledAttribute[], pool: PooledAttribute[], name: string, prefix: string, local: string, value: string,
): PooledAttribute {
  const a = (pool[list.length] ??= new PooledAttribute());
  a.name = name;
  a.prefix = prefix;
  a.local = local;
  a.uri = '';
  a.value = value;
  list.push(a);
  return a;
}
