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

export interface Memo {
  startTagOpen?: Map<number, P>;
  attLeaves?: Map<number, readonly P[]>;
  /** By name id, then by which leaves accepted the value (see leavesKey). */
  att?: Map<number, Map<number | string, P>>;
  textLeaves?: readonly P[];
  /** textLeaves arranged for matching (see TextDerivatives.leafIndex). */
  leafIndex?: LeafIndex;
  /** valueMatches verdicts by string; null where namespace declarations can change them. */
  values?: Map<string, boolean> | null;
  text?: Map<number | string, P>;
  verdicts?: Map<string, boolean>;
  contextual?: boolean;
  startTagClose?: P;
  endTag?: P;
  /** `splitAfter` of an open state; null when it does not split. */
  split?: { readonly content: P; readonly rest: P } | null;
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
