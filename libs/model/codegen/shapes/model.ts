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

/** What an element holds: the whole element, or one variant of a discriminated element. */
export interface ContentShape {
  attributes: AttributeShape[];
  children: ChildShape[];
  /** Allowed spellings of the text content; undefined when no text is allowed. */
  text: readonly ValueAlternative[] | undefined;
  anyAttributes: boolean;
  anyElements: boolean;
}

export interface ElementShape extends ContentShape {
  /**
   * Position in `ShapeModel.shapes` (discovery order, deterministic); -1 for a shape only the
   * types use (a variant's narrower view of a child, see `codec`).
   */
  readonly index: number;
  /** TypeScript type name, unique in the model (given once every shape is known). */
  typeName: string;
  readonly ns: string;
  readonly local: string;
  readonly qname: string;
  doc: string | undefined;
  textMode: 'none' | 'text' | 'collapse';
  /**
   * The shape the codec reads and writes this element with: itself, or for a types-only shape
   * the broader shape of the same element (property names and arrays follow it).
   */
  codec: ElementShape;
  /** Set when the schema's alternatives for this element are told apart by one attribute. */
  union: UnionShape | undefined;
}

/** A discriminated element: one variant per value (or set of values) of `discriminator`. */
export interface UnionShape {
  /** Property name of the discriminating attribute. */
  readonly discriminator: string;
  readonly variants: readonly VariantShape[];
}

export interface VariantShape extends ContentShape {
  typeName: string;
  readonly values: readonly string[];
  /** The discriminator may be left out; an element without it belongs to this variant. */
  readonly isDefault: boolean;
}

export interface ShapeModel {
  readonly root: ElementShape;
  /** The shapes of the codec tables, by index. */
  readonly shapes: readonly ElementShape[];
  /**
   * The shapes the types describe, from the root: codec shapes, and narrower views of a codec
   * shape inside one variant (index -1). A codec shape missing here is the merged view of such
   * narrower shapes, only the codec uses it.
   */
  readonly typeShapes: readonly ElementShape[];
  /** Canonical prefix -> namespace URI, for every namespace an element or attribute uses. */
  readonly namespaces: Readonly<Record<string, string>>;
}
