import { SaxesParser } from 'saxes';
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
  /** Just after the closing quote (see `attributeOffsets` for where the name and value start). */
  readonly end: number;
}

/**
 * What `scanXml` reports, in document order. Offsets are 0-based indices into the text; turn
 * them into line and column with a `LineIndex` only when needed.
 */
export interface XmlScanHandler {
  /**
   * A start tag, from `<` at `start` to after `>` at `end`. `attributes` leaves out namespace
   * declarations, which come as `namespaces` (prefix, '' for the default, to the URI as
   * written), undefined when the tag declares none. The array is reused for the next tag.
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

const DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 256;

class Attribute implements XmlScanAttribute {
  constructor(
    readonly name: string,
    readonly prefix: string,
    readonly local: string,
    public uri: string,
    readonly value: string,
    readonly end: number,
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
  const parser = new SaxesParser({ position: false });
  const scope = new NamespaceScope();
  const pending: Attribute[] = [];
  let namespaces: Record<string, string> | undefined;
  let declared = false;
  let depth = 0;
  let seenRoot = false;
  let markupEnd = 0;
  const syntax = (reason: string): never => fail(XmlErrorCode.Syntax, reason, parser.position - 1);
  const split = (name: string, colon: number): string => {
    const local = name.slice(colon + 1);
    if (colon === 0 || local === '' || local.includes(':')) syntax(`malformed name: ${name}.`);
    return local;
  };
  const resolve = (prefix: string): string =>
    scope.resolve(prefix) ?? fail(XmlErrorCode.UnboundPrefix, `unbound namespace prefix: ${JSON.stringify(prefix)}.`, parser.position - 1);

  parser.on('doctype', () => fail(XmlErrorCode.DtdForbidden, 'DOCTYPE declarations are not allowed (no DTDs, no entity definitions)', parser.position));
  parser.on('attribute', ({ name, value }) => {
    const colon = name.indexOf(':');
    if (name.startsWith('xmlns') && (name.length === 5 || colon === 5)) {
      const prefix = colon === 5 ? split(name, colon) : '';
      const uri = value.trim();
      const problem = declarationProblem(prefix, uri);
      if (problem !== undefined) syntax(problem);
      scope.bind(prefix, uri, depth + 1);
      (namespaces ??= {})[prefix] = value;
      declared = true;
      return;
    }
    if (colon === -1) pending.push(new Attribute(name, '', name, '', value, parser.position));
    else pending.push(new Attribute(name, name.slice(0, colon), split(name, colon), '', value, parser.position));
  });
  parser.on('opentag', ({ name }) => {
    const end = parser.position;
    const start = text.lastIndexOf('<', end - 1); // attribute values cannot hold a `<`
    if (depth >= maxDepth) fail(XmlErrorCode.TooDeep, `elements are nested deeper than the limit of ${maxDepth}`, start);
    const colon = name.indexOf(':');
    let prefix = '';
    let local = name;
    let uri = '';
    if (colon !== -1) {
      local = split(name, colon);
      prefix = name.slice(0, colon);
      if (prefix === 'xmlns') syntax('tags may not have "xmlns" as prefix.');
      uri = resolve(prefix);
    } else if (declared) uri = resolve('');
    let prefixed = 0;
    for (const a of pending) if (a.prefix !== '') (a.uri = resolve(a.prefix), prefixed++);
    if (prefixed > 1) checkExpandedNames(pending, syntax);
    depth++;
    seenRoot = true;
    const own = namespaces;
    namespaces = undefined;
    handler.startElement(name, prefix, local, uri, pending, own, start, end);
    pending.length = 0;
    markupEnd = end;
  });
  parser.on('closetag', () => {
    if (declared) scope.leave(depth);
    depth--;
    markupEnd = parser.position;
    handler.endElement(markupEnd);
  });
  parser.on('text', (value) => {
    if (depth === 0) return; // white space between top-level constructs (saxes refuses other text)
    const position = parser.position;
    const lt = text.lastIndexOf('<', position - 1);
    handler.text(value, false, markupEnd, lt >= markupEnd ? lt : position);
  });
  parser.on('cdata', (value) => {
    markupEnd = parser.position;
    handler.text(value, true, text.lastIndexOf('<![CDATA[', markupEnd), markupEnd);
  });
  parser.on('comment', (value) => {
    // saxes reports a comment on its `--`, before reading the `>` (anything else is an error)
    const end = text.charCodeAt(parser.position) === 0x3e ? parser.position + 1 : parser.position;
    handler.comment?.(value, text.lastIndexOf('<!--', end), end);
    markupEnd = end;
  });
  parser.on('processinginstruction', ({ target, body }) => {
    const end = parser.position;
    const start = text.lastIndexOf('<?', end);
    // names of processing instructions are namespace-free: no colon (reported where it stands)
    const colon = target.indexOf(':');
    if (colon !== -1) fail(XmlErrorCode.Syntax, 'disallowed character in processing instruction name.', start + 2 + colon);
    handler.processingInstruction?.(target, body, start, end);
    markupEnd = end;
  });
  parser.on('error', (err) => {
    const reason = err.message;
    fail(classify(reason), reason, parser.position > 0 ? parser.position - 1 : 0);
  });

  parser.write(text).close();
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

/**
 * Where an attribute reported by `scanXml` starts, and where its value starts and ends. Found
 * by walking back from the closing quote: over the value to the opening quote (the value
 * cannot hold its own quote), then over `=` and white space to the end of the name.
 */
export function attributeOffsets(text: string, attribute: XmlScanAttribute): { start: number; valueStart: number; valueEnd: number } {
  const close = attribute.end - 1;
  const open = text.lastIndexOf(text[close] ?? '"', close - 1);
  let nameEnd = open - 1;
  for (let c = text.charCodeAt(nameEnd); nameEnd > 0 && (c === 0x3d || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d); c = text.charCodeAt(--nameEnd));
  return { start: nameEnd + 1 - attribute.name.length, valueStart: open + 1, valueEnd: close };
}
