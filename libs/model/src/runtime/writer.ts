import { escapeAttribute, escapeText } from '@virtkit/xml';

/** Content of an element being written: text, or a callback that writes one child element. */
export type ContentItem = string | ((out: string[], depth: number, pretty: boolean) => void);

const INDENTS: string[] = [];
export const indentOf = (depth: number): string => (INDENTS[depth] ??= '  '.repeat(depth));

const QUOTES = { quotes: true } as const;

/**
 * libvirt escapes quotes in text content too. Nearly every value needs no escaping: a loop
 * over its characters finds that sooner than a regular expression call, and only the rare
 * value that needs it is handed to the replacing escaper.
 */
export function escapeContent(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x26 || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x27) return escapeText(text, QUOTES);
  }
  return text;
}

/** An attribute value for single or double quotes: `escapeAttribute`, skipped when nothing needs it. */
export function escapeAttributeValue(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x26 || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x27 || c < 0x20) return escapeAttribute(value);
  }
  return value;
}

/**
 * Writes one element in libvirt's layout: two-space indentation, one element per line, text
 * inline. An element mixing text and child elements is written without added white space, so
 * its text stays exactly as it was.
 */
export function writeElement(
  out: string[], depth: number, pretty: boolean, openTag: string, qname: string, items: readonly ContentItem[], escape = escapeContent,
): void {
  const indent = pretty ? indentOf(depth) : '';
  const nl = pretty ? '\n' : '';
  if (items.length === 0) {
    out.push(`${indent}${openTag}/>${nl}`);
    return;
  }
  let texts = 0;
  for (const item of items) if (typeof item === 'string') texts++;
  if (texts === items.length) {
    const text = texts === 1 ? (items[0] as string) : items.join('');
    out.push(text === '' ? `${indent}${openTag}/>${nl}` : `${indent}${openTag}>${escape(text)}</${qname}>${nl}`);
    return;
  }
  if (texts > 0) {
    out.push(`${indent}${openTag}>`);
    for (const item of items) {
      if (typeof item === 'string') out.push(escape(item));
      else item(out, 0, false);
    }
    out.push(`</${qname}>${nl}`);
    return;
  }
  out.push(`${indent}${openTag}>${nl}`);
  for (const item of items) (item as Exclude<ContentItem, string>)(out, depth + 1, pretty);
  out.push(`${indent}</${qname}>${nl}`);
}
