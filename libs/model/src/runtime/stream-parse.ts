import { scanXml, type XmlScanAttribute, type XmlScanHandler } from '@virtkit/xml';
import { nameKey, type CompiledShape, type CompiledTables } from './compiled.js';
import { closeFrame, GENERIC, KNOWN, openCollapse, openGeneric, openKnown, place, startChild, type Frame } from './stream-frames.js';

export interface StreamOptions {
  readonly file?: string;
  readonly maxLength?: number;
  readonly maxDepth?: number;
}

/**
 * The fast path of parseDomain (no positions): @virtkit/xml's scanner reports go straight into
 * the JSON form, with no intermediate tree. The scanner owns every safety rule (no DTD, so no
 * entity is ever declared or expanded; size and depth limits) and throws XmlSyntaxError, so
 * both parse paths refuse alike. The result equals what the tree path builds (a test checks
 * this over the whole corpus). Returns the root value and whether the root element was the one
 * the tables start with.
 */
export function streamParse(xml: string, compiled: CompiledTables, options: StreamOptions): { value: unknown; rootMatches: boolean } {
  const builder = new JsonBuilder(compiled);
  scanXml(xml, builder, options);
  return { value: builder.result, rootMatches: builder.rootMatches };
}

class JsonBuilder implements XmlScanHandler {
  result: unknown = undefined;
  rootMatches = false;
  private readonly stack: Frame[] = [];

  constructor(private readonly compiled: CompiledTables) {}

  startElement(
    name: string, prefix: string, local: string, uri: string,
    attributes: readonly XmlScanAttribute[], namespaces: Record<string, string> | undefined,
  ): void {
    const { compiled, stack } = this;
    const parent = stack[stack.length - 1];
    let frame: Frame;
    if (!parent) {
      const { root } = compiled.tables;
      this.rootMatches = local === root.local && uri === root.ns;
      frame = this.rootMatches ? openKnown(attributes, compiled.root) : openGeneric(name, prefix, uri, attributes, namespaces, undefined);
    } else {
      startChild(parent);
      if (parent.kind !== KNOWN) {
        frame = openGeneric(name, prefix, uri, attributes, namespaces, parent.kind === GENERIC ? parent : undefined);
      } else {
        const child = parent.shape!.childByName.get(uri ? nameKey(uri, local) : local);
        const shape: CompiledShape | undefined = child ? compiled.shapes[child.shape] : undefined;
        if (!child || !shape || (!child.many && parent.obj![child.key] !== undefined)) {
          frame = openGeneric(name, prefix, uri, attributes, namespaces, undefined);
        } else if (shape.text !== 'collapse') frame = openKnown(attributes, shape, child);
        // an attribute does not fit a plain string: the element stays generic
        else if (attributes.length > 0) frame = openGeneric(name, prefix, uri, attributes, namespaces, undefined);
        else frame = openCollapse(name, prefix, uri, namespaces, child);
      }
    }
    stack.push(frame);
  }

  endElement(): void {
    const { stack } = this;
    const frame = stack.pop()!;
    const value = closeFrame(frame);
    const parent = stack[stack.length - 1];
    if (parent) place(parent, frame, value);
    else this.result = value;
  }

  text(value: string): void {
    const frame = this.stack[this.stack.length - 1]!;
    frame.text = frame.text === undefined ? value : frame.text + value;
  }
}
