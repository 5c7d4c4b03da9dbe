/**
 * The order in which an element's children (and text) appeared in the parsed document: an
 * array of property names (`'disk'`, `'#text'`, `'#unknown'`...), one entry per item, where
 * the n-th entry naming an array property stands for its n-th item. Stored on every object
 * `parseDomain` makes, as a non-enumerable symbol property, so JSON.stringify and spreading
 * ignore it; `formatDomain` follows it, then writes anything it does not cover in schema order.
 */
export const documentOrder: unique symbol = Symbol.for('@virtkit/model.documentOrder') as never;

/** An element kept in generic form (see the README's "Unknown content"). */
export interface GenericElement {
  '#name': string;
  '#xmlns'?: Record<string, string>;
  '#attributes'?: Record<string, string>;
  '#children'?: (GenericElement | string)[];
}

/**
 * Properties any element object may carry besides those its type declares, when the document
 * holds content the schema does not describe (a document with any of these is schema-invalid,
 * unless the schema allows wildcard content at that place).
 */
export interface ModelExtras {
  /** Unknown child elements (generic form) and stray text, in document order. */
  '#unknown'?: (GenericElement | string)[];
  /** Unknown attributes by qualified name as written. */
  '#attributes'?: Record<string, string>;
  /** Namespace declarations (prefix, '' for the default, to URI) the unknown content needs. */
  '#xmlns'?: Record<string, string>;
  /** Text of an element whose schema allows none. */
  '#text'?: string;
  [documentOrder]?: readonly string[];
}

export type ModelObject = Record<string, unknown> & { [documentOrder]?: string[] };
