/** Resolves namespace prefixes where a value was written (for QName-typed values). */
export type PrefixResolver = (prefix: string) => string | undefined;

export type ParseResult = { readonly ok: true; readonly key: string } | { readonly ok: false; readonly reason: string };

/**
 * A datatype with its parameters applied. `parse` maps a lexical form to a key of its value:
 * two strings denote the same value exactly when their keys are equal (used by `value`).
 */
export interface Datatype {
  /** How the type reads in messages, e.g. `unsignedInt`, `token (maxLength 8)`. */
  readonly description: string;
  /** True when the answer depends on the namespace declarations in scope (QName, NOTATION). */
  readonly contextual?: boolean;
  parse(text: string, resolve?: PrefixResolver): ParseResult;
}

/** Thrown while building a datatype for an unknown type or a bad parameter; the caller adds the location. */
export class DatatypeError extends Error {
  constructor(message: string, readonly kind: 'unknown' | 'param' | 'value') {
    super(message);
  }
}

export const ok = (key: string): ParseResult => ({ ok: true, key });
export const bad = (reason: string): ParseResult => ({ ok: false, reason });
