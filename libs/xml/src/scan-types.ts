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
   * written), undefined when the tag declares none. The array and its items are reused for
   * the next tag: copy what you keep. `attributeSpans(text, start)` tells where each
   * attribute stands.
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
  /**
   * Offered, by the fast path for plainly written documents only, each element without child
   * elements (an empty-element tag, or a start tag, character data and its end tag) spanning
   * `start`..`end` in the text, before anything is reported about it: returning true takes the
   * element as read, and nothing more is reported for it. For handlers that can settle a whole
   * leaf at once (a validator that remembers leaves it has met). Without it, or returning false,
   * the element is reported as usual.
   */
  skipLeaf?(start: number, end: number): boolean;
  processingInstruction?(target: string, body: string, start: number, end: number): void;
}
