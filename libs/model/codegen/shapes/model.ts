/**
 * The shape model: what code generation knows about every element of the grammar once the
 * RELAX NG patterns are summarised (phase 2 of the generator, between read and emit).
 */

/** One way a value (attribute value or element text) may be spelled. */
export type ValueAlternative =
  /** Any string. */
  | { readonly kind: 'any' }
  /** Exactly this string. */
  | { readonly kind: 'value'; readonly value: string }
  /** A datatype from a datatype library, with its facets (`pattern`, `minInclusive`...). */
  | { readonly kind: 'data'; readonly type: string; readonly params: ReadonlyMap<string, string> };

export interface AttributeShape {
  /** Property name in the JSON form. */
  readonly key: string;
  readonly ns: string;
  readonly local: string;
  readonly qname: string;
  readonly required: boolean;
  readonly values: readonly ValueAlternative[];
  readonly doc: string | undefined;
}

export interface ChildShape {
  readonly key: string;
  readonly ns: string;
  readonly local: string;
  readonly many: boolean;
  readonly required: boolean;
  readonly shape: ElementShape;
  readonly doc: string | undefined;
}

export interface ElementShape {
  /** Position in `ShapeModel.shapes` (discovery order, deterministic). */
  readonly index: number;
  /** TypeScript type name, unique in the model (given once every shape is known). */
  typeName: string;
  readonly ns: string;
  readonly local: string;
  readonly qname: string;
  doc: string | undefined;
  attributes: AttributeShape[];
  children: ChildShape[];
  /** Allowed spellings of the text content; undefined when no text is allowed. */
  text: readonly ValueAlternative[] | undefined;
  textMode: 'none' | 'text' | 'collapse';
  anyAttributes: boolean;
  anyElements: boolean;
}

export interface ShapeModel {
  readonly root: ElementShape;
  readonly shapes: readonly ElementShape[];
  /** Canonical prefix -> namespace URI, for every namespace an element or attribute uses. */
  readonly namespaces: Readonly<Record<string, string>>;
}
