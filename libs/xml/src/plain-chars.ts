/** Character-level rules of the plain-document fast path (plain-record.ts), and the decoding of what it accepted. */

/** Flags of a recorded text or attribute value: it holds references to replace / white space to turn into spaces. */
export const HAS_REFERENCE = 1;
export const HAS_BREAK = 2;

export const STARTS_NAME = 1;
export const HAS_NAME_CHARACTER = 2;
/** The colon: a name character, whose use namespaces rule (a name never starts with one here). */
export const IS_COLON = 4;
/** ASCII name characters by code (STARTS_NAME, HAS_NAME_CHARACTER, IS_COLON). */
export const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  const other = (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
  NAME[c] = letter ? STARTS_NAME | HAS_NAME_CHARACTER : other ? HAS_NAME_CHARACTER : c === 0x3a ? HAS_NAME_CHARACTER | IS_COLON : 0;
}

/** A plain XML 1.0 declaration (other versions change the character rules: saxes reads those). */
export const DECLARATION = /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/y;

/** Characters the recorder leaves to saxes wherever they stand (those XML 1.0 refuses or that need a second look). */
export const NOT_PLAIN = /[^\t\n\x20-\x7E\xA0-\uD7FF\uE000-\uFFFD]/;

/** An `indexOf` result with "none" as `length`, so that it compares after every offset. */
export const after = (found: number, length: number): number => (found === -1 ? length : found);

/** XML's white space less the carriage return (which the recorder leaves to saxes). */
export const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09;

const PREDEFINED_NAMES = ['amp;', 'lt;', 'gt;', 'quot;', 'apos;'];

/** Just past the reference starting with `&` at `i`, when it is one saxes accepts; -1 otherwise. */
export function referenceEnd(text: string, i: number): number {
  let j = i + 1;
  if (text.charCodeAt(j) !== 0x23) {
    for (const name of PREDEFINED_NAMES) if (text.startsWith(name, j)) return j + name.length;
    return -1;
  }
  j++;
  const hex = text.charCodeAt(j) === 0x78;
  if (hex) j++;
  const digitsStart = j;
  let value = 0;
  for (;; j++) {
    const c = text.charCodeAt(j);
    let d: number;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (hex && ((c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46))) d = (c | 0x20) - 0x57;
    else break;
    value = value * (hex ? 16 : 10) + d;
    if (value > 0x10ffff) return -1;
  }
  if (j === digitsStart || text.charCodeAt(j) !== 0x3b) return -1;
  const isChar = value === 0x09 || value === 0x0a || value === 0x0d || (value >= 0x20 && value <= 0xd7ff) || (value >= 0xe000 && value <= 0xfffd) || value >= 0x10000;
  return isChar ? j + 1 : -1;
}

const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const replaceReference = (_: string, hex: string | undefined, decimal: string | undefined, name: string | undefined): string =>
  hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : decimal !== undefined ? String.fromCodePoint(parseInt(decimal, 10)) : PREDEFINED[name!]!;

/**
 * A value as saxes reports it: in attribute values tab and newline read as spaces (as XML
 * normalises them; a `&#10;` stays a newline), references replaced. The recorder has checked
 * every reference already.
 */
export function decode(raw: string, flags: number): string {
  const spaced = (flags & HAS_BREAK) !== 0 ? raw.replace(/[\t\n]/g, ' ') : raw;
  return (flags & HAS_REFERENCE) !== 0 ? spaced.replace(REFERENCE, replaceReference) : spaced;
}
