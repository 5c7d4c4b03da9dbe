const ENTITY: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};
const TEXT = /[&<>]/;
const TEXT_ALL = /[&<>]/g;
const TEXT_QUOTES = /[&<>"']/;
const TEXT_QUOTES_ALL = /[&<>"']/g;
const ATTRIBUTE = /[&<>"'\t\n\r]/;
const ATTRIBUTE_ALL = /[&<>"'\t\n\r]/g;

export interface EscapeTextOptions {
  /** Also escape `'` and `"` (libvirt writes them as entities in element content too). */
  readonly quotes?: boolean;
}

/** Escapes character data for element content. */
export function escapeText(value: string, options: EscapeTextOptions = {}): string {
  if (options.quotes) return TEXT_QUOTES.test(value) ? value.replace(TEXT_QUOTES_ALL, (c) => ENTITY[c]!) : value;
  return TEXT.test(value) ? value.replace(TEXT_ALL, (c) => ENTITY[c]!) : value;
}

/** Escapes an attribute value for either quote style; tab, newline and CR survive a round trip. */
export function escapeAttribute(value: string): string {
  return ATTRIBUTE.test(value) ? value.replace(ATTRIBUTE_ALL, (c) => ENTITY[c]!) : value;
}
