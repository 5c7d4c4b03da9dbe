import type { XmlElement } from '@virtkit/xml';
import { SchemaError, SchemaErrorCode } from '../errors.js';
import type { SourceLocation } from '../ir.js';

export const RNG_NS = 'http://relaxng.org/ns/structure/1.0';
export const ANNOTATIONS_NS = 'http://relaxng.org/ns/compatibility/annotations/1.0';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns';

// Lexical forms of XML names; letters/digits approximated by Unicode categories, which is what
// schema authors actually write.
const NC_START = '[\\p{L}_\\p{Nl}]';
const NC_CHAR = '[\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}._\\-\\u00B7]';
export const NCNAME = new RegExp(`^${NC_START}${NC_CHAR}*$`, 'u');
export const QNAME = new RegExp(`^(?:${NC_START}${NC_CHAR}*:)?${NC_START}${NC_CHAR}*$`, 'u');

export function locate(file: string, el: XmlElement): SourceLocation {
  return { file, line: el.range.start.line, column: el.range.start.column };
}

export function fail(code: SchemaErrorCode, reason: string, file: string, el: XmlElement): never {
  throw new SchemaError(code, reason, locate(file, el));
}

const isSpace = (s: string) => /^[ \t\r\n]*$/.test(s);

/**
 * The RELAX NG children of a schema element. Foreign elements (annotations) are skipped; text is
 * refused unless it is white space, since only `name`, `value` and `param` hold text.
 */
export function rngChildren(el: XmlElement, file: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of el.children) {
    if (child.kind === 'element') {
      if (child.uri === RNG_NS) out.push(child);
    } else if (child.kind === 'text' && !isSpace(child.value)) {
      fail(SchemaErrorCode.BadSyntax, `<${el.local}> cannot contain text ("${child.value.trim().slice(0, 40)}")`, file, el);
    }
  }
  return out;
}

/** Text content of `name`, `value` or `param`: the syntax allows no child element, not even a foreign one. */
export function textContent(el: XmlElement, file: string): string {
  let text = '';
  for (const child of el.children) {
    if (child.kind === 'text') text += child.value;
    else if (child.kind === 'element') fail(SchemaErrorCode.BadSyntax, `<${el.local}> cannot contain the element <${child.name}>`, file, child);
  }
  return text;
}

const COMMON_ATTRIBUTES = ['ns', 'datatypeLibrary'];

/**
 * Refuses unqualified attributes that the syntax does not allow on this element, and attributes in
 * the RELAX NG namespace. Attributes of other namespaces are annotations and ignored.
 */
export function checkAttributes(el: XmlElement, allowed: readonly string[], file: string): void {
  for (const a of el.attributes) {
    if (a.uri === '') {
      if (!allowed.includes(a.local) && !COMMON_ATTRIBUTES.includes(a.local)) {
        fail(SchemaErrorCode.BadAttribute, `attribute "${a.local}" is not allowed on <${el.local}>`, file, el);
      }
    } else if (a.uri === RNG_NS) {
      fail(SchemaErrorCode.BadAttribute, `attribute "${a.name}" in the RELAX NG namespace is not allowed`, file, el);
    }
  }
}

/** Value of an unqualified attribute; `name`, `type` and `combine` are trimmed (spec 4.2). */
export function attr(el: XmlElement, name: string): string | undefined {
  const found = el.attributes.find((a) => a.uri === '' && a.local === name);
  if (!found) return undefined;
  return name === 'name' || name === 'type' || name === 'combine' ? found.value.trim() : found.value;
}

export function requireAttr(el: XmlElement, name: string, file: string): string {
  const value = attr(el, name);
  if (value === undefined) fail(SchemaErrorCode.BadAttribute, `<${el.local}> needs a "${name}" attribute`, file, el);
  return value;
}

/** Namespace bound to a prefix where `el` stands, from the declarations of it and its ancestors. */
export function lookupPrefix(el: XmlElement | undefined, prefix: string): string | undefined {
  if (prefix === 'xml') return XML_NS;
  for (let e = el; e; e = e.parent) {
    const uri = e.namespaces[prefix];
    if (uri !== undefined) return uri;
  }
  return undefined;
}

/** All prefix bindings in scope at `el` (nearest wins), used as the context of QName values. */
export function inScopePrefixes(el: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (let e: XmlElement | undefined = el; e; e = e.parent) {
    for (const [prefix, uri] of Object.entries(e.namespaces)) if (!(prefix in out)) out[prefix] = uri;
  }
  return out;
}

/** Text of the `a:documentation` children of a schema element, joined by blank lines. */
export function documentationOf(el: XmlElement): string | undefined {
  const parts: string[] = [];
  for (const child of el.children) {
    if (child.kind === 'element' && child.uri === ANNOTATIONS_NS && child.local === 'documentation') {
      const text = child.children.map((c) => (c.kind === 'text' ? c.value : '')).join('').trim();
      if (text) parts.push(text.replace(/[ \t]*\n[ \t]*/g, '\n'));
    }
  }
  return parts.length ? parts.join('\n\n') : undefined;
}

/** A `datatypeLibrary` must be empty or an absolute URI without fragment (spec 4.3). */
export function checkDatatypeLibrary(value: string, file: string, el: XmlElement): void {
  if (value === '') return;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:./.test(value) || value.includes('#') || /[\s<>"{}|\\^`]/.test(value) || /%(?![0-9A-Fa-f]{2})/.test(value)) {
    fail(SchemaErrorCode.BadAttribute, `datatypeLibrary "${value}" is not an absolute URI without fragment`, file, el);
  }
}
