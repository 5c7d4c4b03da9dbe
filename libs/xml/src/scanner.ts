import { SaxesParser, type SaxesTag } from 'saxes';
import { attributeSpans, isSpace, lastLessThan } from './attribute-spans.js';
import { XmlErrorCode, XmlSyntaxError } from './errors.js';
import { LineIndex } from './line-index.js';
import { declarationProblem, NamespaceScope, sameExpandedName } from './namespace-scope.js';
import { PooledAttribute, pushAttribute } from './attribute-pool.js';
import type { XmlScanHandler } from './scan-types.js';

const IDLE: XmlScanHandler = { startElement() {}, endElement() {}, text() {} };

/**
 * One saxes parser with its handlers, reused from document to document (after a complete one,
 * saxes is back at its start and every element has left the namespace scope).
 *
 * saxes runs without its namespace mode and with at most seven handlers: `on` stores them by
 * computed name, and after an eighth such store V8 turns the parser's properties into a slow
 * dictionary, which makes saxes several times slower. So saxes' errors are caught rather than
 * handled, and attributes are read from the tag.
 */
export class Scanner {
  private readonly parser = new SaxesParser({ position: false }); // bare messages, no `line:col:`
  private readonly scope = new NamespaceScope();
  private readonly attributes: PooledAttribute[] = [];
  private readonly pool: PooledAttribute[] = [];
  private text = '';
  private handler = IDLE;
  private file: string | undefined = undefined;
  private maxDepth = 0;
  private depth = 0;
  private seenRoot = false;
  private declared = false;
  private markupEnd = 0;
  /** Where the text read since `markupEnd` stops (at a `<`); -1 when there was none. */
  private textEnd = -1;
  /** True while the handler runs: what it throws is its own, passed on untouched. */
  private inHandler = false;

  constructor() {
    const parser = this.parser;
    parser.on('doctype', () => this.fail(XmlErrorCode.DtdForbidden, 'DOCTYPE declarations are not allowed (no DTDs, no entity definitions)', parser.position));
    parser.on('opentag', (tag: SaxesTag) => this.openTag(tag));
    parser.on('closetag', () => this.closeTag());
    parser.on('text', (value) => this.characters(value));
    parser.on('cdata', (value) => this.cdata(value));
    parser.on('comment', (value) => this.comment(value));
    parser.on('processinginstruction', ({ target, body }) => this.processingInstruction(target, body));
  }

  /** @throws XmlSyntaxError; the scanner must not be used again after it throws. */
  run(text: string, handler: XmlScanHandler, file: string | undefined, maxDepth: number): void {
    this.text = text;
    this.handler = handler;
    this.file = file;
    this.maxDepth = maxDepth;
    this.depth = 0;
    this.seenRoot = false;
    this.declared = false;
    this.markupEnd = 0;
    this.textEnd = -1;
    try {
      this.parser.write(text).close();
    } catch (err) {
      if (this.inHandler || err instanceof XmlSyntaxError || !(err instanceof Error)) throw err;
      const reason = err.message; // saxes found the text not well-formed
      const position = this.parser.position;
      this.fail(/entity/i.test(reason) ? XmlErrorCode.UnknownEntity : XmlErrorCode.Syntax, reason, position > 0 ? position - 1 : 0);
    }
    if (!this.seenRoot) this.fail(XmlErrorCode.Syntax, 'document has no root element', text.length);
    this.text = '';
    this.handler = IDLE;
  }

  fail(code: XmlErrorCode, reason: string, offset: number): never {
    const text = this.text;
    throw new XmlSyntaxError(code, reason, new LineIndex(text).at(Math.max(0, Math.min(offset, text.length))), this.file);
  }

  private syntax(reason: string): never {
    return this.fail(XmlErrorCode.Syntax, reason, this.parser.position - 1);
  }

  /** A problem with one attribute is reported at its closing quote, where saxes would. */
  private attributeProblem(name: string, reason: string): never {
    const span = attributeSpans(this.text, lastLessThan(this.text, this.parser.position - 1)).find((s) => s.name === name);
    return this.fail(XmlErrorCode.Syntax, reason, span ? span.end - 1 : this.parser.position - 1);
  }

  private localPart(name: string, colon: number, attribute: boolean): string {
    const local = name.slice(colon + 1);
    if (colon === 0 || local === '' || local.includes(':')) {
      if (attribute) this.attributeProblem(name, `malformed name: ${name}.`);
      this.syntax(`malformed name: ${name}.`);
    }
    return local;
  }

  private resolve(prefix: string): string {
    const uri = this.scope.resolve(prefix);
    if (uri === undefined) this.fail(XmlErrorCode.UnboundPrefix, `unbound namespace prefix: ${JSON.stringify(prefix)}.`, this.parser.position - 1);
    return uri!;
  }

  private declare(namespaces: Record<string, string> | undefined, prefix: string, value: string): Record<string, string> {
    const uri = value.trim();
    const problem = declarationProblem(prefix, uri);
    if (problem !== undefined) this.attributeProblem(prefix === '' ? 'xmlns' : `xmlns:${prefix}`, problem);
    this.scope.bind(prefix, uri, this.depth + 1);
    this.declared = true;
    (namespaces ??= {})[prefix] = value;
    return namespaces;
  }

  private attribute(name: string, prefix: string, local: string, value: string): void {
    pushAttribute(this.attributes, this.pool, name, prefix, local, value);
  }

  private openTag(tag: SaxesTag): void {
    const { text, attributes } = this;
    const end = this.parser.position;
    // Inside the root, a start tag begins where the text before it stops, or else right after
    // the markup before it; the root may follow a prolog saxes does not report, so look back
    // (attribute values cannot hold a `<`).
    const start = this.depth === 0 ? lastLessThan(text, end - 1) : this.textEnd >= 0 ? this.textEnd : this.markupEnd;
    if (this.depth >= this.maxDepth) this.fail(XmlErrorCode.TooDeep, `elements are nested deeper than the limit of ${this.maxDepth}`, start);
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
      // A value without references or white space other than spaces is the text as written;
      // only the others need saxes' decoded value (a lookup in its dictionary).
      const valueStart = i + 1;
      let plain = true;
      for (let d = text.charCodeAt(++i); d !== c; d = text.charCodeAt(++i)) if (d === 0x26 || d < 0x20) plain = false;
      const value = plain ? text.slice(valueStart, i++) : values[(i++, attribute)]!;
      const colon = attribute.indexOf(':');
      if (colon === -1) {
        if (attribute === 'xmlns') namespaces = this.declare(namespaces, '', value);
        else this.attribute(attribute, '', attribute, value);
      } else {
        const prefix = attribute.slice(0, colon);
        const local = this.localPart(attribute, colon, true);
        if (prefix === 'xmlns') namespaces = this.declare(namespaces, local, value);
        else (this.attribute(attribute, prefix, local, value), prefixed++);
      }
    }
    const colon = name.indexOf(':');
    let prefix = '';
    let local = name;
    let uri = '';
    if (colon !== -1) {
      local = this.localPart(name, colon, false);
      prefix = name.slice(0, colon);
      if (prefix === 'xmlns') this.syntax('tags may not have "xmlns" as prefix.');
      uri = this.resolve(prefix);
    } else if (this.declared) uri = this.resolve('');
    if (prefixed > 0) {
      for (const a of attributes) if (a.prefix !== '') a.uri = this.resolve(a.prefix);
      if (prefixed > 1) {
        const twice = sameExpandedName(attributes);
        if (twice) this.syntax(`duplicate attribute: {${twice.uri}}${twice.local}.`);
      }
    }
    this.depth++;
    this.seenRoot = true;
    this.inHandler = true;
    this.handler.startElement(name, prefix, local, uri, attributes, namespaces, start, end);
    this.inHandler = false;
    attributes.length = 0;
    this.markupEnd = end;
    this.textEnd = -1;
  }

  private closeTag(): void {
    if (this.declared) this.scope.leave(this.depth);
    this.depth--;
    const end = (this.markupEnd = this.parser.position);
    this.textEnd = -1;
    this.inHandler = true;
    this.handler.endElement(end);
    this.inHandler = false;
  }

  private characters(value: string): void {
    if (this.depth === 0) return; // white space between top-level constructs (saxes refuses other text)
    const position = this.parser.position;
    const lt = lastLessThan(this.text, position - 1);
    this.textEnd = lt;
    this.inHandler = true;
    this.handler.text(value, false, this.markupEnd, lt >= this.markupEnd ? lt : position);
    this.inHandler = false;
  }

  private cdata(value: string): void {
    const end = (this.markupEnd = this.parser.position);
    this.textEnd = -1;
    this.inHandler = true;
    this.handler.text(value, true, this.text.lastIndexOf('<![CDATA[', end), end);
    this.inHandler = false;
  }

  private comment(value: string): void {
    // saxes reports a comment on its `--`, before reading the `>` (anything else is an error)
    const position = this.parser.position;
    const end = this.text.charCodeAt(position) === 0x3e ? position + 1 : position;
    this.inHandler = true;
    this.handler.comment?.(value, this.text.lastIndexOf('<!--', end), end);
    this.inHandler = false;
    this.markupEnd = end;
    this.textEnd = -1;
  }

  private processingInstruction(target: string, body: string): void {
    const end = this.parser.position;
    const start = this.text.lastIndexOf('<?', end);
    // names of processing instructions are namespace-free: no colon (reported where it stands)
    const colon = target.indexOf(':');
    if (colon !== -1) this.fail(XmlErrorCode.Syntax, 'disallowed character in processing instruction name.', start + 2 + colon);
    this.inHandler = true;
    this.handler.processingInstruction?.(target, body, start, end);
    this.inHandler = false;
    this.markupEnd = end;
    this.textEnd = -1;
  }
}
