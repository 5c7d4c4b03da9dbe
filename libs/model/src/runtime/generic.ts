import { escapeText, type XmlElement, type XmlNode } from '@virtkit/xml';
import { recordElement } from './positions.js';
import type { GenericElement } from './symbols.js';
import { writeElement, type ContentItem } from './writer.js';

const XML_PREFIX = 'xml';

/**
 * Converts an element the schema does not describe into the generic form. The top node also
 * declares every namespace prefix its subtree uses but does not declare itself, so the node
 * formats correctly wherever it is placed.
 */
export function toGeneric(el: XmlElement, positions: boolean): GenericElement {
  const needed = new Map<string, string>();
  const node = convert(el, new Set(), needed, positions);
  if (needed.size > 0) {
    const xmlns = { ...Object.fromEntries(needed), ...node['#xmlns'] };
    const { '#name': name, '#xmlns': _own, ...rest } = node;
    const top: GenericElement = { '#name': name, '#xmlns': xmlns, ...rest };
    if (positions) recordElement(top, el.range);
    return top;
  }
  return node;
}

function convert(el: XmlElement, declared: ReadonlySet<string>, needed: Map<string, string>, positions: boolean): GenericElement {
  const own = Object.keys(el.namespaces);
  let scope = declared;
  if (own.length > 0) {
    scope = new Set(declared);
    for (const p of own) (scope as Set<string>).add(p);
  }
  if (!scope.has(el.prefix) && (el.prefix !== '' || el.uri !== '')) needed.set(el.prefix, el.uri);
  const node: GenericElement = { '#name': el.name };
  if (own.length > 0) node['#xmlns'] = { ...el.namespaces };
  if (el.attributes.length > 0) {
    const attributes: Record<string, string> = {};
    for (const a of el.attributes) {
      attributes[a.name] = a.value;
      if (a.prefix !== '' && a.prefix !== XML_PREFIX && !scope.has(a.prefix)) needed.set(a.prefix, a.uri);
    }
    node['#attributes'] = attributes;
  }
  const children = genericContent(el.children, (child) => convert(child, scope, needed, positions));
  if (children.length > 0) node['#children'] = children;
  if (positions) recordElement(node, el.range);
  return node;
}

/**
 * Child content in generic form: adjacent text nodes joined; white space between elements
 * dropped (the formatter re-indents), but kept when the element holds text alone.
 */
function genericContent(nodes: readonly XmlNode[], element: (el: XmlElement) => GenericElement): (GenericElement | string)[] {
  const hasElements = nodes.some((n) => n.kind === 'element');
  const out: (GenericElement | string)[] = [];
  let text: string | undefined;
  const flush = () => {
    if (text !== undefined && (!hasElements || text.trim() !== '')) out.push(text);
    text = undefined;
  };
  for (const n of nodes) {
    if (n.kind === 'text') text = text === undefined ? n.value : text + n.value;
    else if (n.kind === 'element') {
      flush();
      out.push(element(n));
    }
  }
  flush();
  return out;
}

const QUOTED = /[&<>"\t\n\r]/g;
const QUOTED_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
const doubleQuoted = (value: string) => `"${value.replace(QUOTED, (c) => QUOTED_ENTITY[c]!)}"`;
const plainText = (text: string) => escapeText(text);

/**
 * Writes a generic node back as XML. libvirt copies such content (its `<metadata>`) through
 * libxml2's serializer, so it is written the way libxml2 writes it: attribute values in double
 * quotes, quotes left alone in text.
 */
export function writeGeneric(out: string[], depth: number, pretty: boolean, node: GenericElement): void {
  const name = String(node['#name']);
  let open = `<${name}`;
  for (const [prefix, uri] of Object.entries(node['#xmlns'] ?? {})) open += ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}=${doubleQuoted(String(uri))}`;
  for (const [attr, value] of Object.entries(node['#attributes'] ?? {})) open += ` ${attr}=${doubleQuoted(String(value))}`;
  const items: ContentItem[] = (node['#children'] ?? []).map((child) =>
    typeof child === 'string' ? child : (o: string[], d: number, p: boolean) => writeGeneric(o, d, p, child),
  );
  writeElement(out, depth, pretty, open, name, items, plainText);
}
