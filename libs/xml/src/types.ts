/** A place in a source text. `line` and `column` are 1-based; `column` counts UTF-16 code units. */
export interface XmlPosition {
  readonly line: number;
  readonly column: number;
  /** 0-based index into the source string. */
  readonly offset: number;
}

/** A span of source text, `end` exclusive. */
export interface XmlRange {
  readonly start: XmlPosition;
  readonly end: XmlPosition;
}

export interface XmlAttribute {
  /** The qualified name as written (`type`, `xml:lang`, `xmlns:qemu`). */
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** Namespace URI; '' for unprefixed attributes. */
  readonly uri: string;
  readonly value: string;
  /** From the first character of the name to after the closing quote. */
  readonly range: XmlRange;
  /** The value between the quotes. */
  readonly valueRange: XmlRange;
}

export interface XmlElement {
  readonly kind: 'element';
  /** The qualified name as written. */
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** Namespace URI; '' when in no namespace. */
  readonly uri: string;
  /** Attributes in document order, namespace declarations (`xmlns`, `xmlns:p`) excluded. */
  readonly attributes: XmlAttribute[];
  /** Namespace declarations made on this element, prefix ('' for default) to URI. */
  readonly namespaces: Record<string, string>;
  readonly children: XmlNode[];
  parent: XmlElement | undefined;
  /** From `<` of the start tag to after the end tag (or `/>`). */
  range: XmlRange;
  /** The start tag alone, from `<` to after `>`. */
  readonly startTagRange: XmlRange;
}

export interface XmlText {
  readonly kind: 'text';
  readonly value: string;
  /** True when written as a CDATA section. */
  readonly cdata: boolean;
  readonly range: XmlRange;
}

export interface XmlComment {
  readonly kind: 'comment';
  readonly value: string;
  readonly range: XmlRange;
}

export interface XmlProcessingInstruction {
  readonly kind: 'pi';
  readonly target: string;
  readonly body: string;
  readonly range: XmlRange;
}

export type XmlNode = XmlElement | XmlText | XmlComment | XmlProcessingInstruction;

export interface XmlDocument {
  readonly root: XmlElement;
  /** Name of the file the text came from, when the caller gave one. */
  readonly file?: string;
  /** Comments and processing instructions outside the root element. */
  readonly misc: (XmlComment | XmlProcessingInstruction)[];
}
