import { parseXml, type XmlElement, type XmlNode } from '@virtkit/xml';

/**
 * Compares two XML documents as the round trip promises: the same elements (namespace URI and
 * local name) in the same order, the same attributes and values, the same text. Insignificant
 * white space is ignored: white-space-only text, and leading/trailing white space of text that
 * sits between elements. Namespace prefixes and declarations, comments and attribute order
 * do not matter. Returns readable differences, empty when equivalent.
 */
export function xmlDifferences(expected: string, actual: string, limit = 10): string[] {
  const out: string[] = [];
  compare(parseXml(expected).root, parseXml(actual).root, `/${parseXml(expected).root.name}`, out, limit);
  return out;
}

const label = (el: XmlElement) => (el.uri ? `{${el.uri}}${el.local}` : el.local);

type Item = { kind: 'element'; el: XmlElement } | { kind: 'text'; text: string };

function content(nodes: readonly XmlNode[]): Item[] {
  const hasElements = nodes.some((n) => n.kind === 'element');
  const items: Item[] = [];
  let text: string | undefined;
  const flush = () => {
    if (text !== undefined && text.trim() !== '') items.push({ kind: 'text', text: hasElements ? text.trim() : text });
    text = undefined;
  };
  for (const n of nodes) {
    if (n.kind === 'text') text = (text ?? '') + n.value;
    else if (n.kind === 'element') {
      flush();
      items.push({ kind: 'element', el: n });
    }
  }
  flush();
  return items;
}

function attributes(el: XmlElement): Map<string, string> {
  return new Map(el.attributes.map((a) => [a.uri ? `{${a.uri}}${a.local}` : a.local, a.value]));
}

function compare(a: XmlElement, b: XmlElement, path: string, out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (label(a) !== label(b)) {
    out.push(`${path}: expected element <${label(a)}>, found <${label(b)}>`);
    return;
  }
  const aa = attributes(a);
  const ba = attributes(b);
  for (const [name, value] of aa) {
    if (!ba.has(name)) out.push(`${path}: attribute ${name}="${value}" is missing`);
    else if (ba.get(name) !== value) out.push(`${path}: attribute ${name} is "${ba.get(name)}", expected "${value}"`);
  }
  for (const [name, value] of ba) if (!aa.has(name)) out.push(`${path}: unexpected attribute ${name}="${value}"`);
  const ac = content(a.children);
  const bc = content(b.children);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(ac.length, bc.length) && out.length < limit; i++) {
    const x = ac[i];
    const y = bc[i];
    const where = x?.kind === 'element' ? nth(x.el, counts) : `${path}/text()`;
    if (!x) {
      out.push(`${path}: unexpected ${describe(y!)} at position ${i + 1}`);
      return;
    }
    if (!y) {
      out.push(`${path}: missing ${describe(x)} at position ${i + 1}`);
      return;
    }
    if (x.kind === 'text' && y.kind === 'text') {
      if (x.text !== y.text) out.push(`${where}: text is ${JSON.stringify(y.text)}, expected ${JSON.stringify(x.text)}`);
    } else if (x.kind === 'element' && y.kind === 'element') {
      compare(x.el, y.el, `${path}/${where}`, out, limit);
    } else {
      out.push(`${path}: expected ${describe(x)}, found ${describe(y)} at position ${i + 1}`);
      return;
    }
  }
}

function nth(el: XmlElement, counts: Map<string, number>): string {
  const n = (counts.get(el.name) ?? 0) + 1;
  counts.set(el.name, n);
  return `${el.name}[${n}]`;
}

const describe = (item: Item) => (item.kind === 'text' ? `text ${JSON.stringify(item.text.slice(0, 40))}` : `element <${item.el.name}>`);
