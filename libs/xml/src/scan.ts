import { SaxesParser, type SaxesTag } from 'saxes';
import { XmlErrorCode, XmlSyntaxError } from './errors.js';
import { LineIndex } from './line-index.js';
import { declarationProblem, NamespaceScope } from './namespace-scope.js';

export interface ScanXmlOptions {
  /** Shown in error messages. */
  readonly file?: string;
  /** Largest accepted input, in UTF-16 code units. Default 32 MiB. */
  readonly maxLength?: number;
  /** Deepest accepted element nesting. Default 256 (libxml2's default limit). */
  readonly maxDepth?: number;
}

/** An attribute of a start tag, namespace resolved. Offsets are 0-based indices into the text. */
export interface XmlScanAttribute {
  /** The qualified name as written. */
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** Namespace URI; '' for unprefixed attributes. */
  readonly uri: string;
  /** The value with entity and character references replaced. */
  readonly value: string;
}

/**
 * What `scanXml` reports, in document order. Offsets are 0-based indices into the text; turn
 * them into line and column with a `LineIndex` only when needed.
 */
export interface XmlScanHandler {
  /**
   * A start tag, from `<` at `start` to after `>` at `end`. `attributes` leaves out namespace
   * declarations, which come as `namespaces` (prefix, '' for the default, to the URI as
   * written), undefined when the tag declares none. The array is reused for the next tag;
   * `attributeSpans(text, start)` tells where each attribute stands.
   */
  startElement(
    name: string, prefix: string, local: string, uri: string,
    attributes: readonly XmlScanAttribute[], namespaces: Record<string, string> | undefined,
    start: number, end: number,
  ): void;
  /** The element ends just before `end` (after its end tag, or after `/>`). */
  endElement(end: number): void;
  /** Character data inside the document element, references replaced; CDATA sections apart. */
  text(value: string, cdata: boolean, start: number, end: number): void;
  comment?(value: string, start: number, end: number): void;
  processingInstruction?(target: string, body: string, start: number, end: number): void;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** `text.lastIndexOf('<', from)` for the short distances met here, where a loop is cheaper than the call. */
function lastLessThan(text: string, from: number): number {
  let i = from;
  while (i >= 0 && text.charCodeAt(i) !== 0x3c) i--;
  return i;
}

const DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 256;

class Attribute implements XmlScanAttribute {
  constructor(
    readonly name: string,
    readonly prefix: string,
    readonly local: string,
    public uri: string,
    readonly value: string,
  ) {}
}

/**
 * Reads a complete XML document and reports its elements, text and markup to `handler`,
 * without building anything. This is the one place where the safety rules live: DTDs are
 * refused outright (so no entity is ever declared or expanded), only the five predefined
 * entities and character references are understood, and size and depth are bounded.
 * Namespaces are resolved here rather than by saxes: its namespace mode costs a map per tag
 * and an object per attribute, and domain XML hardly ever declares a namespace.
 *
 * @throws XmlSyntaxError for anything that is not a well-formed, acceptable document.
 */
export function scanXml(text: string, handler: XmlScanHandler, options: ScanXmlOptions = {}): void {
  const file = options.file;
  const fail = (code: XmlErrorCode, reason: string, offset: number): never => {
    throw new XmlSyntaxError(code, reason, new LineIndex(text).at(Math.max(0, Math.min(offset, text.length))), file);
  };
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) fail(XmlErrorCode.TooLarge, `document is larger than the limit of ${maxLength} characters`, 0);
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;

  // Without `position`, saxes leaves its messages bare (it counts lines all the same).
  // At most seven handlers: `on` stores them by computed name, and V8 turns the parser's
  // properties into a slow dictionary after an eighth such store, which makes saxes ~5x slower.
  // So saxes' errors are caught rather than handled, and attributes are read from the tag.
  const parser = new SaxesParser({ position: false });
  const scope = new NamespaceScope();
  const attributes: Attribute[] = [];
  let declared = false;
  let depth = 0;
  let seenRoot = false;
  let markupEnd = 0;
  /** True while the handler runs: what it throws is its own, passed on untouched. */
  let inHandler = false;
  const syntax = (reason: string): never => fail(XmlErrorCode.Syntax, reason, parser.position - 1);
  /** A problem with one attribute is reported at its closing quote, where saxes would. */
  const attributeProblem = (name: string, reason: string): never => {
    const start = text.lastIndexOf('<', parser.position - 1);
    const span = attributeSpans(text, start).find((s) => s.name === name);
    return fail(XmlErrorCode.Syntax, reason, span ? span.end - 1 : parser.position - 1);
  };
  const split = (name: string, colon: number, attribute: boolean): string => {
    const local = name.slice(colon + 1);
    if (colon === 0 || local === '' || local.includes(':')) (attribute ? attributeProblem(name, `malformed name: ${name}.`) : syntax(`malformed name: ${name}.`));
    return local;
  };
  const resolve = (prefix: string): string =>
    scope.resolve(prefix) ?? fail(XmlErrorCode.UnboundPrefix, `unbound namespace prefix: ${JSON.stringify(prefix)}.`, parser.position - 1);

  parser.on('doctype', () => fail(XmlErrorCode.DtdForbidden, 'DOCTYPE declarations are not allowed (no DTDs, no entity definitions)', parser.position));
  parser.on('opentag', (tag: SaxesTag) => {
    const end = parser.position;
    const start = lastLessThan(text, end - 1); // attribute values cannot hold a `<`
    if (depth >= maxDepth) fail(XmlErrorCode.TooDeep, `elements are nested deeper than the limit of ${maxDepth}`, start);
    const name = tag.name;
    const values = tag.attributes as Record<string, string>;
    let namespaces: Record<string, string> | undefined;
    let prefixed = 0;
    // The names are read again from the tag saxes has just checked: cheaper than enumerating
    // its attribute map, which V8 keeps as a dictionary.
    for (let i = start + 1 + name.length; ;) {
      let c = text.charCodeAt(i);
      while (isSpace(c)) c = text.charCodeAt(++i);
      if (c === 0x3e || c === 0x2f) break; // `>` or `/>`
      const nameStart = i;
      while (c !== 0x3d && !isSpace(c)) c = text.charCodeAt(++i);
      const attribute = text.slice(nameStart, i);
      while (c !== 0x22 && c !== 0x27) c = text.charCodeAt(++i);
      i = text.indexOf(c === 0x22 ? '"' : "'", i + 1) + 1;
      const value = values[attribute]!;
      const colon = attribute.indexOf(':');
      if (colon === -1) {
        if (attribute === 'xmlns') namespaces = declare(namespaces, '', value);
        else attributes.push(new Attribute(attribute, '', attribute, '', value));
      } else {
        const prefix = attribute.slice(0, colon);
        const local = split(attribute, colon, true);
        if (prefix === 'xmlns') namespaces = declare(namespaces, local, value);
        else (attributes.push(new Attribute(attribute, prefix, local, '', value)), prefixed++);
      }
    }
    const colon = name.indexOf(':');
    let prefix = '';
    let local = name;
    let uri = '';
    if (colon !== -1) {
      local = split(name, colon, false);
      prefix = name.slice(0, colon);
      if (prefix === 'xmlns') syntax('tags may not have "xmlns" as prefix.');
      uri = resolve(prefix);
    } else if (declared) uri = resolve('');
    if (prefixed > 0) {
      for (const a of attributes) if (a.prefix !== '') a.uri = resolve(a.prefix);
      if (prefixed > 1) checkExpandedNames(attributes, syntax);
    }
    depth++;
    seenRoot = true;
    inHandler = true;
    handler.startElement(name, prefix, local, uri, attributes, namespaces, start, end);
    inHandler = false;
    attributes.length = 0;
    markupEnd = end;
  });
  const declare = (namespaces: Record<string, string> | undefined, prefix: string, value: string) => {
    const uri = value.trim();
    const problem = declarationProblem(prefix, uri);
    if (problem !== undefined) attributeProblem(prefix === '' ? 'xmlns' : `xmlns:${prefix}`, problem);
    scope.bind(prefix, uri, depth + 1);
    declared = true;
    (namespaces ??= {})[prefix] = value;
    return namespaces;
  };
  parser.on('closetag', () => {
    if (declared) scope.leave(depth);
    depth--;
    markupEnd = parser.position;
    inHandler = true;
    handler.endElement(markupEnd);
    inHandler = false;
  });
  parser.on('text', (value) => {
    if (depth === 0) return; // white space between top-level constructs (saxes refuses other text)
    const position = parser.position;
    const lt = lastLessThan(text, position - 1);
    inHandler = true;
    handler.text(value, false, markupEnd, lt >= markupEnd ? lt : position);
    inHandler = false;
  });
  parser.on('cdata', (value) => {
    markupEnd = parser.position;
    inHandler = true;
    handler.text(value, true, text.lastIndexOf('<![CDATA[', markupEnd), markupEnd);
    inHandler = false;
  });
  parser.on('comment', (value) => {
    // saxes reports a comment on its `--`, before reading the `>` (anything else is an error)
    const end = text.charCodeAt(parser.position) === 0x3e ? parser.position + 1 : parser.position;
    inHandler = true;
    handler.comment?.(value, text.lastIndexOf('<!--', end), end);
    inHandler = false;
    markupEnd = end;
  });
  parser.on('processinginstruction', ({ target, body }) => {
    const end = parser.position;
    const start = text.lastIndexOf('<?', end);
    // names of processing instructions are namespace-free: no colon (reported where it stands)
    const colon = target.indexOf(':');
    if (colon !== -1) fail(XmlErrorCode.Syntax, 'disallowed character in processing instruction name.', start + 2 + colon);
    inHandler = true;
    handler.processingInstruction?.(target, body, start, end);
    inHandler = false;
    markupEnd = end;
  });

  try {
    parser.write(text).close();
  } catch (err) {
    if (inHandler || err instanceof XmlSyntaxError || !(err instanceof Error)) throw err;
    const reason = err.message; // saxes found the text not well-formed
    fail(classify(reason), reason, parser.position > 0 ? parser.position - 1 : 0);
  }
  if (!seenRoot) fail(XmlErrorCode.Syntax, 'document has no root element', text.length);
}

function classify(reason: string): XmlErrorCode {
  if (/entity/i.test(reason)) return XmlErrorCode.UnknownEntity;
  return XmlErrorCode.Syntax;
}

/** Two prefixes bound to one URI must not name the same attribute twice (saxes checks raw names only). */
function checkExpandedNames(attributes: readonly Attribute[], syntax: (reason: string) => never): void {
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i]!;
    if (a.prefix === '') continue;
    for (let j = i + 1; j < attributes.length; j++) {
      const b = attributes[j]!;
      if (b.local === a.local && b.uri === a.uri && b.prefix !== '') syntax(`duplicate attribute: {${a.uri}}${a.local}.`);
    }
  }
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
