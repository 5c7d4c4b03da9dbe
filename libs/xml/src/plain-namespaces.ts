import { declarationProblem, NamespaceScope, sameExpandedName } from './namespace-scope.js';
import { decode } from './plain-chars.js';
import { ATTRIBUTE_SIZE, OP_CLOSE, OP_COMMENT, OP_OPEN, OP_TEXT } from './plain-record.js';
import { pushAttribute, type PooledAttribute } from './attribute-pool.js';
import type { XmlScanHandler } from './scan-types.js';

/**
 * Reports a recorded document that uses namespaces, resolving them by the rules the
 * saxes-based scanner applies (namespace-scope.ts). Without a handler it only checks those
 * rules: the caller runs it so first, and gives the document up to saxes at the first rule
 * broken, before anything has been reported. Such documents are rare (domain XML declares a
 * namespace only for `<metadata>` content and hypervisor-specific elements).
 */
export function replayNamespaced(
  text: string, tape: Int32Array, size: number, handler: XmlScanHandler | undefined, pool: PooledAttribute[],
): boolean {
  const scope = new NamespaceScope();
  const attributes: PooledAttribute[] = [];
  let depth = 0;
  for (let p = 0; p < size;) {
    const op = tape[p]!;
    if (op === OP_CLOSE) {
      scope.leave(depth--);
      handler?.endElement(tape[p + 1]!);
      p += 2;
      continue;
    }
    if (op === OP_TEXT) {
      const start = tape[p + 1]!;
      const end = tape[p + 2]!;
      const flags = tape[p + 3]!;
      const raw = text.slice(start, end);
      handler?.text(flags === 0 ? raw : decode(raw, flags), false, start, end);
      p += 4;
      continue;
    }
    if (op === OP_COMMENT) {
      const start = tape[p + 1]!;
      const end = tape[p + 2]!;
      handler?.comment?.(text.slice(start + 4, end - 3), start, end);
      p += 3;
      continue;
    }
    if (op !== OP_OPEN) throw new Error(`plain scanner: unknown record ${op} at ${p}`);
    const start = tape[p + 1]!;
    const name = text.slice(start + 1, tape[p + 2]!);
    const end = tape[p + 3]!;
    const count = tape[p + 4]!;
    p += 5;
    depth++;
    attributes.length = 0;
    let namespaces: Record<string, string> | undefined;
    let prefixed = 0;
    for (let n = 0; n < count; n++, p += ATTRIBUTE_SIZE) {
      const attributeName = text.slice(tape[p]!, tape[p + 1]!);
      const flags = tape[p + 4]!;
      const raw = text.slice(tape[p + 2]!, tape[p + 3]!);
      const value = flags === 0 ? raw : decode(raw, flags);
      const colon = attributeName.indexOf(':');
      const prefix = colon === -1 ? '' : attributeName.slice(0, colon);
      const local = colon === -1 ? attributeName : attributeName.slice(colon + 1);
      if (colon !== -1 && (local === '' || local.includes(':'))) return false;
      if (colon === -1 ? attributeName === 'xmlns' : prefix === 'xmlns') {
        const declared = colon === -1 ? '' : local;
        const uri = value.trim();
        if (declarationProblem(declared, uri) !== undefined) return false;
        scope.bind(declared, uri, depth);
        (namespaces ??= {})[declared] = value;
        continue;
      }
      pushAttribute(attributes, pool, attributeName, prefix, local, value);
      if (colon !== -1) prefixed++;
    }
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? '' : name.slice(0, colon);
    const local = colon === -1 ? name : name.slice(colon + 1);
    if (colon !== -1 && (local === '' || local.includes(':') || prefix === 'xmlns')) return false;
    const uri = scope.resolve(prefix); // '' for no prefix and no default namespace
    if (uri === undefined) return false;
    if (prefixed > 0) {
      for (const a of attributes) {
        if (a.prefix === '') continue;
        const resolved = scope.resolve(a.prefix);
        if (resolved === undefined) return false;
        a.uri = resolved;
      }
      if (prefixed > 1 && sameExpandedName(attributes) !== undefined) return false;
    }
    handler?.startElement(name, prefix, local, uri, attributes, namespaces, start, end);
  }
  return true;
}
