import type { XmlRange } from '@virtkit/xml';

/**
 * Stable codes of validation findings. 1xxx codes come from @virtkit/xml (`XmlErrorCode`) for
 * input that is not well-formed; 2001-2099 are schema errors (`SchemaErrorCode`); these are
 * 2101 and up. Codes are never renumbered or reused.
 */
export const ValidationCode = {
  /** The root element is not one the schema starts with. */
  UnexpectedRoot: 2101,
  /** An element whose name the schema does not know at all. */
  UnknownElement: 2102,
  /** An element the schema knows, but not at this place. */
  ElementNotAllowedHere: 2103,
  /** Required child elements or text are missing. */
  IncompleteContent: 2104,
  /** An attribute the element does not have. */
  UnknownAttribute: 2105,
  /** An attribute the element has, but not in this combination (e.g. excluded by another one). */
  AttributeNotAllowedHere: 2106,
  /** A required attribute is absent. */
  MissingAttribute: 2107,
  /** An attribute value outside its allowed values or datatype. */
  InvalidAttributeValue: 2108,
  /** Character data where the element allows none. */
  TextNotAllowed: 2109,
  /** Element text outside its allowed values or datatype. */
  InvalidText: 2110,
  /** Validation stopped after `maxErrors` findings (a warning). */
  TooManyErrors: 2199,
} as const;
export type ValidationCode = (typeof ValidationCode)[keyof typeof ValidationCode];

/** One finding about an instance document. */
export interface Diagnostic {
  readonly code: number;
  readonly severity: 'error' | 'warning';
  /** A full sentence saying what was found and what was allowed. */
  readonly message: string;
  /** Location as an element path, e.g. `/domain/devices/disk[2]/target/@dev`. */
  readonly path: string;
  readonly range?: XmlRange;
  /** What the schema allowed at this place (names, values or datatypes). */
  readonly expected?: string[];
  /** Extra facts: the offending name or value, a suggestion. */
  readonly data?: { readonly found?: string; readonly suggestion?: string; readonly reason?: string };
}

export interface ValidationResult {
  readonly valid: boolean;
  readonly diagnostics: Diagnostic[];
}
