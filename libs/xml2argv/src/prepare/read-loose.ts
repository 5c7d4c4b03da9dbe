import { parseXml, type XmlElement } from '@virtkit/xml';
import type { DomainJson, JsonNode, JsonValue } from '../input/json.js';

/**
 * Reads domain XML into the loose JSON form `prepareDomain` works on, like `domainFromXml`,
 * but keeping namespace declarations as `xmlns`/`xmlns:p` properties: content libvirt keeps
 * opaque (`<metadata>`) is written back with them.
 */
export function readDomainKeepingNamespaces(xml: string, options: { file?: string } = {}): DomainJson {
  const doc = parseXml(xml, options.file === undefined ? {} : { file: options.file });
  return toLoose(doc.root) as DomainJson;
}

function toLoose(el: XmlElement): JsonValue {
  const node: JsonNode = {};
  const kids = el.children.filter((c): c is XmlElement => c.kind === 'element');
  const txt = el.children.map((c) => (c.kind === 'text' ? c.value : '')).join('');
  const declarations = Object.entries(el.namespaces);
  if (el.attributes.length === 0 && kids.length === 0 && declarations.length === 0) return txt;
  for (const [prefix, uri] of declarations) node[prefix ? `xmlns:${prefix}` : 'xmlns'] = uri;
  const names = new Set(kids.map((k) => k.name));
  for (const a of el.attributes) node[names.has(a.name) ? `@${a.name}` : a.name] = a.value;
  for (const k of kids) {
    const v = toLoose(k);
    const prev = node[k.name];
    if (prev === undefined) node[k.name] = v;
    else if (Array.isArray(prev)) prev.push(v);
    else node[k.name] = [prev, v];
  }
  if (txt.trim() !== '') node['#text'] = txt;
  return node;
}
