import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { XmlErrorCode, XmlSyntaxError } from './errors.js';
import { LazyRange } from './lazy-range.js';
import { LineIndex } from './line-index.js';
import type { XmlAttribute, XmlComment, XmlDocument, XmlElement, XmlNode, XmlProcessingInstruction } from './types.js';

export interface ParseXmlOptions {
  /** Shown in error messages and kept on the document. */
  readonly file?: string;
  /** Largest accepted input, in UTF-16 code units. Default 32 MiB. */
  readonly maxLength?: number;
  /** Deepest accepted element nesting. Default 256 (libxml2's default limit). */
  readonly maxDepth?: number;
  /** Keep comments and processing instructions in the tree. Default false. */
  readonly keepComments?: boolean;
}

const DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 256;

/**
 * Parses a complete XML document into an element tree where every element, attribute and text
 * node knows its source range. Namespaces are resolved. DTDs are refused outright, so neither
 * internal nor external entities can ever be expanded; only the five predefined entities and
 * character references are understood.
 *
 * @throws XmlSyntaxError for anything that is not a well-formed, acceptable document.
 */
export function parseXml(text: string, options: ParseXmlOptions = {}): XmlDocument {
  const file = options.file;
  const lines = new LineIndex(text);
  const fail = (code: XmlErrorCode, reason: string, offset: number): never => {
    throw new XmlSyntaxError(code, reason, lines.at(Math.max(0, Math.min(offset, text.length))), file);
  };
  if (text.length > (options.maxLength ?? DEFAULT_MAX_LENGTH)) {
    fail(XmlErrorCode.TooLarge, `document is larger than the limit of ${options.maxLength ?? DEFAULT_MAX_LENGTH} characters`, 0);
  }
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const keepComments = options.keepComments ?? false;

  const parser = new SaxesParser({ xmlns: true, position: true, ...(file === undefined ? {} : { fileName: file }) });
  const stack: XmlElement[] = [];
  const misc: (XmlComment | XmlProcessingInstruction)[] = [];
  let root: XmlElement | undefined;
  let tagStart = 0;
  let markupEnd = 0;
  let pendingAttributes: XmlAttribute[] = [];

  const range = (start: number, end: number) => new LazyRange(lines, start, end);
  const append = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (node.kind === 'comment' || node.kind === 'pi') misc.push(node);
  };

  parser.on('doctype', () => fail(XmlErrorCode.DtdForbidden, 'DOCTYPE declarations are not allowed (no DTDs, no entity definitions)', parser.position));
  parser.on('opentagstart', () => {
    tagStart = text.lastIndexOf('<', parser.position - 1);
    pendingAttributes = [];
  });
  parser.on('attribute', (attr) => {
    pendingAttributes.push(attributeAt(text, attr, parser.position, range));
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= maxDepth) fail(XmlErrorCode.TooDeep, `elements are nested deeper than the limit of ${maxDepth}`, tagStart);
    const namespaces: Record<string, string> = {};
    const attributes: XmlAttribute[] = [];
    for (const pending of pendingAttributes) {
      const resolved = tag.attributes[pending.name] as SaxesAttributeNS | undefined;
      if (pending.name === 'xmlns' || pending.prefix === 'xmlns') {
        namespaces[pending.prefix === 'xmlns' ? pending.local : ''] = pending.value;
      } else {
        attributes.push({ ...pending, uri: resolved?.uri ?? '' });
      }
    }
    const end = parser.position;
    const element: XmlElement = {
      kind: 'element',
      name: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      uri: tag.uri,
      attributes,
      namespaces,
      children: [],
      parent: stack[stack.length - 1],
      range: range(tagStart, end),
      startTagRange: range(tagStart, end),
    };
    append(element);
    if (!root) root = element;
    stack.push(element);
    markupEnd = end;
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) element.range = (element.range as LazyRange).withEnd(parser.position);
    markupEnd = parser.position;
  });
  parser.on('text', (value) => {
    if (stack.length === 0) return; // whitespace between top-level constructs
    const lt = text.lastIndexOf('<', parser.position - 1);
    append({ kind: 'text', value, cdata: false, range: range(markupEnd, lt >= markupEnd ? lt : parser.position) });
  });
  parser.on('cdata', (value) => {
    append({ kind: 'text', value, cdata: true, range: range(text.lastIndexOf('<![CDATA[', parser.position), parser.position) });
    markupEnd = parser.position;
  });
  parser.on('comment', (value) => {
    if (keepComments) append({ kind: 'comment', value, range: range(text.lastIndexOf('<!--', parser.position), parser.position) });
    markupEnd = parser.position;
  });
  parser.on('processinginstruction', (pi) => {
    if (keepComments) append({ kind: 'pi', target: pi.target, body: pi.body, range: range(text.lastIndexOf('<?', parser.position), parser.position) });
    markupEnd = parser.position;
  });
  parser.on('error', (err) => {
    const reason = err.message.replace(/^.*?:\d+:\d+: /, '');
    fail(classify(reason), reason, parser.position > 0 ? parser.position - 1 : 0);
  });

  parser.write(text).close();
  if (!root) return fail(XmlErrorCode.Syntax, 'document has no root element', text.length);
  return { root, misc, ...(file === undefined ? {} : { file }) };
}

function classify(reason: string): XmlErrorCode {
  if (/undefined entity|entity/i.test(reason)) return XmlErrorCode.UnknownEntity;
  if (/unbound namespace prefix/i.test(reason)) return XmlErrorCode.UnboundPrefix;
  return XmlErrorCode.Syntax;
}

/**
 * Locates an attribute that saxes has just finished reading (the parser stands right after the
 * closing quote): walk back over the raw value to the opening quote, then over `=` and white space
 * to the end of the name. The raw value cannot contain its own quote character.
 */
function attributeAt(
  text: string,
  attr: { name: string; prefix?: string; local?: string; value: string },
  position: number,
  range: (start: number, end: number) => XmlAttribute['range'],
): XmlAttribute {
  const close = position - 1;
  const quote = text[close] ?? '"';
  const open = text.lastIndexOf(quote, close - 1);
  let nameEnd = open - 1;
  for (let c = text.charCodeAt(nameEnd); nameEnd > 0 && (c === 0x3d || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d); c = text.charCodeAt(--nameEnd));
  const nameStart = nameEnd + 1 - attr.name.length;
  const colon = attr.name.indexOf(':');
  return {
    name: attr.name,
    prefix: attr.prefix ?? (colon > 0 ? attr.name.slice(0, colon) : ''),
    local: attr.local ?? (colon > 0 ? attr.name.slice(colon + 1) : attr.name),
    uri: '',
    value: attr.value,
    range: range(nameStart, position),
    valueRange: range(open + 1, close),
  };
}
