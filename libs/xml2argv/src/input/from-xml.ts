import { parseXml, type XmlElement } from '@virtkit/xml';
import type { DomainJson, JsonNode, JsonValue } from './json.js';

/**
 * Reads domain XML into the JSON form without schema knowledge: an element that occurs more
 * than once under its parent becomes an array, a lone one an object (the accessors accept
 * both). Used until @virtkit/model's schema-driven `parseDomain` is available, and by tools
 * that only need the builder.
 */
export function domainFromXml(xml: string, options: { file?: string } = {}): DomainJson {
  const doc = parseXml(xml, options.file === undefined ? {} : { file: options.file });
  return toJson(doc.root) as DomainJson;
}

// Namespaced extension elements are keyed by libvirt's canonical prefix, whatever prefix the
// document declared (`<ns0:commandline>` in the QEMU namespace becomes `qemu:commandline`).
const CANONICAL_PREFIX: Record<string, string> = {
  'http://libvirt.org/schemas/domain/qemu/1.0': 'qemu',
  'http://libvirt.org/schemas/domain/lxc/1.0': 'lxc',
  'http://libvirt.org/schemas/domain/bhyve/1.0': 'bhyve',
  'http://libvirt.org/schemas/domain/xen/1.0': 'xen',
  'http://libvirt.org/schemas/domain/vmware/1.0': 'vmware',
};

const keyOf = (el: XmlElement): string => {
  const prefix = CANONICAL_PREFIX[el.uri];
  return prefix ? `${prefix}:${el.local}` : el.name;
};

function toJson(el: XmlElement): JsonValue {
  const node: JsonNode = {};
  const kids = el.children.filter((c): c is XmlElement => c.kind === 'element');
  const txt = el.children.map((c) => (c.kind === 'text' ? c.value : '')).join('');
  if (el.attributes.length === 0 && kids.length === 0) return txt;
  const names = new Set(kids.map(keyOf));
  for (const a of el.attributes) node[names.has(a.name) ? `@${a.name}` : a.name] = a.value;
  for (const k of kids) {
    const v = toJson(k);
    const key = keyOf(k);
    const prev = node[key];
    if (prev === undefined) node[key] = v;
    else if (Array.isArray(prev)) prev.push(v);
    else node[key] = [prev, v];
  }
  if (txt.trim() !== '') node['#text'] = txt;
  return node;
}
