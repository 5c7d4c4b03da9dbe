export const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** `text.lastIndexOf('<', from)` for the short distances met here, where a loop is cheaper than the call. */
export function lastLessThan(text: string, from: number): number {
  let i = from;
  while (i >= 0 && text.charCodeAt(i) !== 0x3c) i--;
  return i;
}

/** Where one attribute of a start tag stands in the text (0-based offsets). */
export interface XmlAttributeSpan {
  /** The qualified name as written. */
  readonly name: string;
  /** The first character of the name. */
  readonly start: number;
  /** The value between the quotes, as written. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** Just after the closing quote. */
  readonly end: number;
}

/**
 * Where the attributes of the start tag at `tagStart` stand, namespace declarations included,
 * in document order. For a tag scanXml has accepted: found by reading the tag again, which
 * costs nothing to callers that never ask.
 */
export function attributeSpans(text: string, tagStart: number): XmlAttributeSpan[] {
  const spans: XmlAttributeSpan[] = [];
  let i = tagStart + 1;
  for (let c = text.charCodeAt(i); !isSpace(c) && c !== 0x2f && c !== 0x3e; c = text.charCodeAt(++i));
  for (;;) {
    while (isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === 0x2f || c === 0x3e || Number.isNaN(c)) return spans;
    const start = i;
    for (let d = c; !isSpace(d) && d !== 0x3d; d = text.charCodeAt(++i));
    const name = text.slice(start, i);
    while (text.charCodeAt(i) !== 0x22 && text.charCodeAt(i) !== 0x27) i++; // white space and `=`
    const valueEnd = text.indexOf(text[i]!, i + 1);
    spans.push({ name, start, valueStart: i + 1, valueEnd, end: valueEnd + 1 });
    i = valueEnd + 1;
  }
}
