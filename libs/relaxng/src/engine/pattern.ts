import type { Datatype } from '../datatypes/types.js';
import type { NameClass } from '../ir.js';

/** Node kinds of the derivative algorithm (James Clark, "An algorithm for RELAX NG validation"). */
export const K = {
  Empty: 0, NotAllowed: 1, Text: 2, Choice: 3, Interleave: 4, Group: 5, OneOrMore: 6,
  List: 7, Data: 8, Value: 9, Attribute: 10, Element: 11, After: 12,
} as const;
export type Kind = (typeof K)[keyof typeof K];

/**
 * What can occur at the top of a pattern (not inside its elements): lets derivatives skip, without
 * any memo lookup, the many sub-patterns that cannot react to an element, an attribute or text.
 */
export const F = { Elements: 1, Attributes: 2, Text: 4 } as const;

/**
 * A hash-consed pattern: structurally equal patterns are the same object, so derivatives can be
 * memoized on the object. Fields are used according to `kind`.
 */
export interface P {
  readonly id: number;
  readonly kind: Kind;
  readonly nullable: boolean;
  /** Bits of F. */
  readonly flags: number;
  readonly a: P | undefined;
  readonly b: P | undefined;
  /** Attribute and Element. */
  readonly nc: NameClass | undefined;
  /** Element: its content, filled in after creation because elements can be recursive. */
  content: P | undefined;
  /** Element: the define it came from, for messages. */
  readonly label: string | undefined;
  /** Data and Value. */
  readonly dt: Datatype | undefined;
  /** Value: key of the value in its datatype; Value source text for messages. */
  readonly key: string | undefined;
  readonly text: string | undefined;
  /** Memo tables of the derivatives. */
  memo: Memo | undefined;
}

/**
 * Memo tables of the derivatives, one object per pattern that has been stepped through. Every
 * field exists from the start (in one order), so all memo objects share one hidden class and the
 * hot lookups stay monomorphic.
 */
export class Memo {
  startTagOpen: Map<number, P> | undefined = undefined;
  attLeaves: Map<number, readonly P[]> | undefined = undefined;
  /** By name id, then by which leaves accepted the value (see leavesKey). */
  att: Map<number, Map<number | string, P>> | undefined = undefined;
  /** The whole attribute step by name id, then value; null where namespaces matter (see attributeValue). */
  attValues: Map<number, Map<string, P> | null> | undefined = undefined;
  textLeaves: readonly P[] | undefined = undefined;
  /** textLeaves arranged for matching (see TextDerivatives.leafIndex). */
  leafIndex: LeafIndex | undefined = undefined;
  /** valueMatches verdicts by string; null where namespace declarations can change them. */
  values: Map<string, boolean> | null | undefined = undefined;
  text: Map<number | string, P> | undefined = undefined;
  verdicts: Map<string, boolean> | undefined = undefined;
  contextual: boolean | undefined = undefined;
  startTagClose: P | undefined = undefined;
  endTag: P | undefined = undefined;
  /** `splitAfter` of an open state; null when it does not split. */
  split: { readonly content: P; readonly rest: P } | null | undefined = undefined;
  /** The state after no content at all (see TextDerivatives.emptyContent). */
  emptyContent: P | undefined = undefined;
  /** The state after a whole leaf element (`<x a="1"/>`, `<x>text</x>`), by the element as written (see StreamChecker). */
  leaves: Map<string, P> | undefined = undefined;
}

/** The alternatives of a choice (see `PatternFactory.choice`: a right-leaning chain), or `[p]`. */
export function membersOf(p: P): P[] {
  const out: P[] = [];
  let q = p;
  while (q.kind === K.Choice) {
    out.push(q.a!);
    q = q.b!;
  }
  out.push(q);
  return out;
}

/** The data-like leaves of a state: values by datatype and key, the other leaves apart. */
export interface LeafIndex {
  readonly values: readonly { readonly dt: Datatype; readonly keys: ReadonlyMap<string, readonly number[]> }[];
  readonly tested: readonly P[];
}
