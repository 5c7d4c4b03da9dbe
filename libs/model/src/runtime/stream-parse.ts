import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { LineIndex, XmlErrorCode, XmlSyntaxError } from '@virtkit/xml';
import { nameKey, type CompiledShape, type CompiledTables } from './compiled.js';
import { closeFrame, GENERIC, KNOWN, openCollapse, openGeneric, openKnown, place, startChild, type Frame } from './stream-frames.js';

/** Same limits as @virtkit/xml's parseXml, so both parse paths accept the same documents. */
const DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 256;

export interface StreamOptions {
  readonly file?: string;
  readonly maxLength?: number;
  readonly maxDepth?: number;
}

/**
 * The fast path of parseDomain (no positions): saxes events go straight into the JSON form,
 * with no intermediate tree. It applies @virtkit/xml's safety rules (no DTD, so no entity is
 * ever declared or expanded; size and depth limits) and throws the same XmlSyntaxError.
 * The result equals what the tree path builds (a test checks this over the whole corpus).
 * Returns the root value and whether the root element was the one the tables start with.
 */
export function streamParse(xml: string, compiled: CompiledTables, options: StreamOptions): { value: unknown; rootMatches: boolean } {
  const file = options.file;
  const fail = (code: XmlErrorCode, reason: string, offset: number): never => {
    throw new XmlSyntaxError(code, reason, new LineIndex(xml).at(Math.max(0, Math.min(offset, xml.length))), file);
  };
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (xml.length > maxLength) fail(XmlErrorCode.TooLarge, `document is larger than the limit of ${maxLength} characters`, 0);
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const { root } = compiled.tables;

  const parser = new SaxesParser({ xmlns: true, ...(file === undefined ? {} : { fileName: file }) });
  const stack: Frame[] = [];
  let result: unknown;
  let seenRoot = false;
  let rootMatches = false;
  // Attributes come from the `attribute` event (cheaper than reading tag.attributes); only
  // prefixed ones need the tag to resolve their namespace.
  const pending: SaxesAttributeNS[] = [];
  parser.on('attribute', (attribute) => {
    pending.push(attribute as SaxesAttributeNS);
  });

  parser.on('doctype', () => fail(XmlErrorCode.DtdForbidden, 'DOCTYPE declarations are not allowed (no DTDs, no entity definitions)', parser.position));
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= maxDepth) {
      fail(XmlErrorCode.TooDeep, `elements are nested deeper than the limit of ${maxDepth}`, xml.lastIndexOf('<', parser.position - 1));
    }
    const parent = stack[stack.length - 1];
    const attributes = pending; // reused for every tag: the open* functions do not keep it
    for (const a of attributes) a.uri = a.prefix === '' ? '' : (tag.attributes[a.name] as SaxesAttributeNS).uri;
    let frame: Frame;
    if (!parent) {
      seenRoot = true;
      rootMatches = tag.local === root.local && tag.uri === root.ns;
      frame = rootMatches ? openKnown(tag, attributes, compiled.root) : openGeneric(tag, attributes, undefined);
    } else {
      startChild(parent);
      if (parent.kind !== KNOWN) {
        frame = openGeneric(tag, attributes, parent.kind === GENERIC ? parent : undefined);
      } else {
        const child = parent.shape!.childByName.get(tag.uri ? nameKey(tag.uri, tag.local) : tag.local);
        const shape: CompiledShape | undefined = child ? compiled.shapes[child.shape] : undefined;
        if (!child || !shape || (!child.many && parent.obj![child.key] !== undefined)) frame = openGeneric(tag, attributes, undefined);
        else if (shape.text === 'collapse') frame = openCollapse(tag, attributes, child);
        else frame = openKnown(tag, attributes, shape, child);
      }
    }
    stack.push(frame);
    pending.length = 0;
  });
  parser.on('text', (text) => {
    const frame = stack[stack.length - 1];
    if (frame) frame.text = frame.text === undefined ? text : frame.text + text;
  });
  parser.on('cdata', (text) => {
    const frame = stack[stack.length - 1];
    if (frame) frame.text = frame.text === undefined ? text : frame.text + text;
  });
  parser.on('closetag', () => {
    const frame = stack.pop()!;
    const value = closeFrame(frame);
    const parent = stack[stack.length - 1];
    if (parent) place(parent, frame, value);
    else result = value;
  });
  parser.on('error', (err) => {
    const reason = err.message.replace(/^.*?:\d+:\d+: /, '');
    const code = /entity/i.test(reason) ? XmlErrorCode.UnknownEntity : /unbound namespace prefix/i.test(reason) ? XmlErrorCode.UnboundPrefix : XmlErrorCode.Syntax;
    fail(code, reason, parser.position > 0 ? parser.position - 1 : 0);
  });
  parser.write(xml).close();
  if (!seenRoot) fail(XmlErrorCode.Syntax, 'document has no root element', xml.length);
  return { value: result, rootMatches };
}

