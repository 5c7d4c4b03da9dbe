import { scanXml, type XmlScanAttribute, type XmlScanHandler } from '@virtkit/xml';
import { nameKey, type CompiledTables } from './compiled.js';
import { closeFrame, Frame, GENERIC, KNOWN, openCollapse, openGeneric, openKnown, place, startChild } from './stream-frames.js';

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
  /** The open elements, by depth; frames past `depth` are kept for reuse. */
  private readonly frames: Frame[] = [];
  private depth = 0;

  constructor(private readonly compiled: CompiledTables) {}

  startElement(
    name: string, prefix: string, local: string, uri: string,
    attributes: readonly XmlScanAttribute[], namespaces: Record<string, string> | undefined,
  ): void {
    const { compiled, frames } = this;
    const depth = this.depth++;
    const frame = (frames[depth] ??= new Frame());
    if (depth === 0) {
      const { root } = compiled.tables;
      this.rootMatches = local === root.local && uri === root.ns;
      if (this.rootMatches) openKnown(frame, attributes, compiled.root, undefined);
      else openGeneric(frame, name, prefix, uri, attributes, namespaces, undefined);
      return;
    }
    const parent = frames[depth - 1]!;
    startChild(parent);
    if (parent.kind !== KNOWN) {
      openGeneric(frame, name, prefix, uri, attributes, namespaces, parent.kind === GENERIC ? parent : undefined);
      return;
    }
    const child = parent.shape!.childByName.get(uri === '' ? local : nameKey(uri, local));
    if (child !== undefined && (child.many || parent.obj![child.key] === undefined)) {
      const shape = compiled.shapes[child.shape]!;
      if (shape.text !== 'collapse') return openKnown(frame, attributes, shape, child);
      // an attribute does not fit a plain string: the element stays generic
      if (attributes.length === 0) return openCollapse(frame, name, prefix, uri, namespaces, child);
    }
    openGeneric(frame, name, prefix, uri, attributes, namespaces, undefined);
  }

  endElement(): void {
    const depth = --this.depth;
    const frame = this.frames[depth]!;
    const value = closeFrame(frame);
    if (depth > 0) place(this.frames[depth - 1]!, frame, value);
    else this.result = value;
  }

  text(value: string): void {
    const frame = this.frames[this.depth - 1]!;
    frame.text = frame.text === undefined ? value : frame.text + value;
  }
}
