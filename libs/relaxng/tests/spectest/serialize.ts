import { escapeAttribute, escapeText, type XmlElement } from '@virtkit/xml';

/** Writes an element subtree back to XML text, declaring the namespaces in scope at its root. */
export function serialize(el: XmlElement): string {
  const inherited: Record<string, string> = {};
  for (let e = el.parent; e; e = e.parent) {
    for (const [p, uri] of Object.entries(e.namespaces)) if (!(p in inherited)) inherited[p] = uri;
  }
  return write(el, { ...inherited, ...el.namespaces });
}

function write(el: XmlElement, declare: Record<string, string>): string {
  let out = `<${el.name}`;
  for (const [prefix, uri] of Object.entries(declare)) out += ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${escapeAttribute(uri)}"`;
  for (const a of el.attributes) out += ` ${a.name}="${escapeAttribute(a.value)}"`;
  out += '>';
  for (const child of el.children) {
    if (child.kind === 'element') out += write(child, child.namespaces);
    else if (child.kind === 'text') out += escapeText(child.value);
  }
  return `${out}</${el.name}>`;
}
