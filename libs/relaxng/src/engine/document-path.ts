import type { XmlElement, XmlNode, XmlText } from '@virtkit/xml';

/**
 * The path of an element below `root`, e.g. `/domain/devices/disk[2]/target`: an index is added
 * where the parent has several children of that name. Computed only when a diagnostic needs it.
 */
export function pathOf(el: XmlElement, root: XmlElement): string {
  const segments: string[] = [];
  for (let e: XmlElement | undefined = el; e; e = e.parent) {
    const parent: XmlElement | undefined = e.parent;
    if (e === root || !parent) {
      segments.push(e.name);
      break;
    }
    let index = 0;
    let total = 0;
    for (const sibling of parent.children as readonly XmlNode[]) {
      if (sibling.kind !== 'element' || sibling.name !== e.name) continue;
      total++;
      if (sibling === e) index = total;
    }
    segments.push(total > 1 ? `${e.name}[${index}]` : e.name);
  }
  return `/${segments.reverse().join('/')}`;
}

/** Namespace bound to `prefix` at `el`; '' for an undeclared default namespace. */
export function lookupNamespace(el: XmlElement | undefined, prefix: string): string | undefined {
  if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
  for (let e = el; e; e = e.parent) {
    const uri = e.namespaces[prefix];
    if (uri !== undefined) return uri;
  }
  return prefix === '' ? '' : undefined;
}

/**
 * Element and text children, comments and processing instructions dropped and the texts around
 * them joined. Returns the children array itself when there is nothing to drop (the usual case).
 */
export function contentOf(children: readonly XmlNode[]): readonly (XmlElement | XmlText)[] {
  let plain = true;
  let previousText = false;
  for (const c of children) {
    const isText = c.kind === 'text';
    if ((c.kind !== 'element' && !isText) || (isText && previousText)) {
      plain = false;
      break;
    }
    previousText = isText;
  }
  if (plain) return children as readonly (XmlElement | XmlText)[];
  const out: (XmlElement | XmlText)[] = [];
  for (const c of children) {
    if (c.kind === 'element') out.push(c);
    else if (c.kind === 'text') {
      const last = out[out.length - 1];
      if (last?.kind === 'text') out[out.length - 1] = { ...last, value: last.value + c.value, range: { start: last.range.start, end: c.range.end } };
      else out.push(c);
    }
  }
  return out;
}
