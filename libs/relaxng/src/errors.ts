import type { SourceLocation } from './ir.js';

/**
 * Stable codes of schema problems (2001-2099: the schema itself is wrong or unreadable).
 * Validation findings about instance documents use 2101 and up (see `diagnostics/codes.ts`).
 */
export const SchemaErrorCode = {
  /** A schema file cannot be read. */
  Unreadable: 2001,
  /** A schema file is not well-formed XML. */
  NotXml: 2002,
  /** An element of the RELAX NG namespace is unknown or in a place where the syntax forbids it. */
  BadSyntax: 2003,
  /** An attribute is missing, unknown, or has an unusable value. */
  BadAttribute: 2004,
  /** A QName uses an undeclared prefix. */
  UnboundPrefix: 2005,
  /** A `ref`/`parentRef` names no define of its grammar. */
  UndefinedReference: 2006,
  /** Conflicting `combine` values, or two defines/starts without `combine`. */
  BadCombine: 2007,
  /** A grammar without `start`. */
  MissingStart: 2008,
  /** `include`/`externalRef` loops back to a file being loaded. */
  RecursiveInclusion: 2009,
  /** An `include` overrides a define or start that the included grammar does not have. */
  BadOverride: 2010,
  /** A reference cycle that does not pass through an element. */
  IllegalRecursion: 2011,
  /** Unknown datatype library or datatype. */
  UnknownDatatype: 2012,
  /** A datatype parameter that is unknown, not allowed for the type, or has a bad value. */
  BadDatatypeParam: 2013,
  /** A `value` that is not a legal value of its datatype. */
  BadValue: 2014,
  /** Name class constraint of spec 4.16 (except nesting, xmlns attributes). */
  BadNameClass: 2015,
  /** A prohibited path of spec section 7.1. */
  ProhibitedPath: 2016,
  /** A string sequence mixed with elements (spec 7.2). */
  StringSequence: 2017,
  /** Attributes with overlapping names in one group/interleave, or an unbounded attribute outside oneOrMore (7.3). */
  DuplicateAttribute: 2018,
  /** The two sides of an interleave share element names or both allow text (7.4). */
  BadInterleave: 2019,
} as const;
export type SchemaErrorCode = (typeof SchemaErrorCode)[keyof typeof SchemaErrorCode];

/** Thrown when a schema cannot be loaded. The message reads `file:line:column: reason`. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
  readonly code: SchemaErrorCode;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** One line saying what is wrong, without the location. */
  readonly reason: string;

  constructor(code: SchemaErrorCode, reason: string, where: SourceLocation | undefined) {
    const file = where?.file ?? '<schema>';
    const line = where?.line ?? 0;
    const column = where?.column ?? 0;
    super(`${file}:${line}:${column}: ${reason}`);
    this.code = code;
    this.reason = reason;
    this.file = file;
    this.line = line;
    this.column = column;
  }
}
