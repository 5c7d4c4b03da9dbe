/**
 * The shape of the generated codec tables (src/generated/codec-tables.ts): what the runtime
 * needs to know about every element of the schema to turn XML into the JSON form and back.
 * Written by the code generator, read by parse and format; nothing here is libvirt-specific.
 */

/** How an element's text is represented. */
export type TextMode =
  /** The schema allows no text: white space is dropped, other text is kept under `#unknown`. */
  | 'none'
  /** Text is kept under `#text` beside attributes and children. */
  | 'text'
  /** Text only, no attributes, no children: the element is a plain string. */
  | 'collapse';

export interface CodecAttribute {
  /** Property name in the JSON form (the canonical qualified name, or `@name` on a collision). */
  readonly key: string;
  /** Namespace URI, '' for none. */
  readonly ns: string;
  readonly local: string;
  /** Qualified name written in XML, with the schema's canonical prefix. */
  readonly qname: string;
}

export interface CodecChild {
  /** Property name in the JSON form: the canonical qualified name of the element. */
  readonly key: string;
  readonly ns: string;
  readonly local: string;
  /** Index of the child's shape in `codecShapes`. */
  readonly shape: number;
  /** True when the schema allows more than one in this parent: the value is an array. */
  readonly many: boolean;
}

export interface CodecShape {
  /** Name of the generated TypeScript type. */
  readonly type: string;
  readonly text: TextMode;
  /** In schema order. */
  readonly attributes: readonly CodecAttribute[];
  /** In schema order (the order used to format hand-built JSON). */
  readonly children: readonly CodecChild[];
  /** The schema allows attributes by a wildcard name class (kept under `#attributes`). */
  readonly anyAttributes: boolean;
  /** The schema allows elements by a wildcard name class (kept under `#unknown`). */
  readonly anyElements: boolean;
}

export interface CodecTables {
  /** Canonical prefix of every namespace the schema names (prefix -> URI). */
  readonly namespaces: Readonly<Record<string, string>>;
  /** The document element. */
  readonly root: { readonly ns: string; readonly local: string; readonly qname: string; readonly shape: number };
  readonly shapes: readonly CodecShape[];
}
