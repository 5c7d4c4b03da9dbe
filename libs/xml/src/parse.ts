import { LazyRange } from './lazy-range.js';
import { LineIndex } from './line-index.js';
import { attributeSpans } from './attribute-spans.js';
import { scanXml, type ScanXmlOptions, type XmlScanAttribute, type XmlScanHandler } from './scan.js';
import type { XmlAttribute, XmlComment, XmlDocument, XmlElement, XmlProcessingInstruction } from './types.js';

export interface ParseXmlOptions extends ScanXmlOptions {
  /** Keep comments and processing instructions in the tree. Default false. */
  readonly keepComments?: boolean;
}

/**
 * Parses a complete XML document into an element tree where every element, attribute and text
 * node knows its source range. Namespaces are resolved. DTDs are refused outright, so neither
 * internal nor external entities can ever be expanded; only the five predefined entities and
 * character references are understood (the rules are scanXml's).
 *
 * @throws XmlSyntaxError for anything that is not a well-formed, acceptable document.
 */
export function parseXml(text: string, options: ParseXmlOptions = {}): XmlDocument {
  const builder = new TreeBuilder(text, new LineIndex(text), options.keepComments ?? false);
  scanXml(text, builder, options);
  const root = builder.root!; // scanXml refuses a document without one
  return { root, misc: builder.misc, ...(options.file === undefined ? {} : { file: options.file }) };
}

/** Turns scanXml's reports into the positioned tree. */
class TreeBuilder implements XmlScanHandler {
  root: XmlElement | undefined = undefined;
  readonly misc: (XmlComment | XmlProcessingInstruction)[] = [];
  private readonly stack: XmlElement[] = [];

  constructor(
    private readonly source: string,
    private readonly lines: LineIndex,
    private readonly keepComments: boolean,
  ) {}

  startElement(
    name: string, prefix: string, local: string, uri: string,
    scanned: readonly XmlScanAttribute[], namespaces: Record<string, string> | undefined, start: number, end: number,
  ): void {
    const attributes: XmlAttribute[] = [];
    if (scanned.length > 0) {
      let next = 0;
      for (const span of attributeSpans(this.source, start)) {
        const a = scanned[next];
        if (a === undefined || span.name !== a.name) continue; // a namespace declaration
        next++;
        attributes.push({
          name: a.name, prefix: a.prefix, local: a.local, uri: a.uri, value: a.value,
          range: this.range(span.start, span.end), valueRange: this.range(span.valueStart, span.valueEnd),
        });
      }
    }
    const parent = this.stack[this.stack.length - 1];
    const element: XmlElement = {
      kind: 'element', name, prefix, local, uri, attributes,
      namespaces: namespaces ?? {},
      children: [],
      parent,
      range: this.range(start, end),
      startTagRange: this.range(start, end),
    };
    if (parent) parent.children.push(element);
    else this.root = element;
    this.stack.push(element);
  }

  endElement(end: number): void {
    const element = this.stack.pop()!;
    element.range = (element.range as LazyRange).withEnd(end);
  }

  text(value: string, cdata: boolean, start: number, end: number): void {
    this.stack[this.stack.length - 1]!.children.push({ kind: 'text', value, cdata, range: this.range(start, end) });
  }

  comment(value: string, start: number, end: number): void {
    if (this.keepComments) this.append({ kind: 'comment', value, range: this.range(start, end) });
  }

  processingInstruction(target: string, body: string, start: number, end: number): void {
    if (this.keepComments) this.append({ kind: 'pi', target, body, range: this.range(start, end) });
  }

  private range(start: number, end: number): LazyRange {
    return new LazyRange(this.lines, start, end);
  }

  private append(node: XmlComment | XmlProcessingInstruction): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(node);
    else this.misc.push(node);
  }
}
