/**
 * The intermediate representation of a RELAX NG grammar.
 *
 * Two consumers read it:
 * - the validation engine, which wants the fully simplified form (spec section 4: every define
 *   holds exactly one element, no optional/zeroOrMore/mixed, names resolved to {ns, local});
 * - the code generator of @virtkit/model, which wants the *resolved* form: includes merged,
 *   `combine` applied, nested grammars flattened, but named defines and the documentation kept,
 *   because they become TypeScript type names and JSDoc.
 *
 * Both forms use the same node types; `ResolvedGrammar` and `SimplifiedGrammar` only differ in
 * which constructs may still appear.
 */

/** Where a construct was written: used for schema errors and for "go to definition". */
export interface SourceLocation {
  /** Path or URL of the schema file. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Documentation attached to a construct with `a:documentation` (the annotations namespace). */
export type Documentation = string;

export type NameClass =
  | { readonly kind: 'name'; readonly ns: string; readonly local: string }
  | { readonly kind: 'anyName'; readonly except?: NameClass }
  | { readonly kind: 'nsName'; readonly ns: string; readonly except?: NameClass }
  | { readonly kind: 'choice'; readonly options: readonly NameClass[] };

export interface DataParam {
  readonly name: string;
  readonly value: string;
}

interface Annotated {
  readonly doc?: Documentation;
  readonly source?: SourceLocation;
}

export type Pattern =
  | EmptyPattern
  | NotAllowedPattern
  | TextPattern
  | ElementPattern
  | AttributePattern
  | GroupPattern
  | InterleavePattern
  | ChoicePattern
  | OptionalPattern
  | ZeroOrMorePattern
  | OneOrMorePattern
  | MixedPattern
  | ListPattern
  | RefPattern
  | DataPattern
  | ValuePattern;

export interface EmptyPattern extends Annotated { readonly kind: 'empty' }
export interface NotAllowedPattern extends Annotated { readonly kind: 'notAllowed' }
export interface TextPattern extends Annotated { readonly kind: 'text' }

export interface ElementPattern extends Annotated {
  readonly kind: 'element';
  readonly name: NameClass;
  readonly content: Pattern;
}

export interface AttributePattern extends Annotated {
  readonly kind: 'attribute';
  readonly name: NameClass;
  readonly content: Pattern;
}

/** Ordered sequence. */
export interface GroupPattern extends Annotated {
  readonly kind: 'group';
  readonly patterns: readonly Pattern[];
}

/** Unordered: every member must match, in any interleaving. */
export interface InterleavePattern extends Annotated {
  readonly kind: 'interleave';
  readonly patterns: readonly Pattern[];
}

export interface ChoicePattern extends Annotated {
  readonly kind: 'choice';
  readonly patterns: readonly Pattern[];
}

/** Resolved form only (simplified into choice with empty). */
export interface OptionalPattern extends Annotated {
  readonly kind: 'optional';
  readonly content: Pattern;
}

/** Resolved form only (simplified into choice of oneOrMore and empty). */
export interface ZeroOrMorePattern extends Annotated {
  readonly kind: 'zeroOrMore';
  readonly content: Pattern;
}

export interface OneOrMorePattern extends Annotated {
  readonly kind: 'oneOrMore';
  readonly content: Pattern;
}

/** Resolved form only (simplified into interleave with text). */
export interface MixedPattern extends Annotated {
  readonly kind: 'mixed';
  readonly content: Pattern;
}

export interface ListPattern extends Annotated {
  readonly kind: 'list';
  readonly content: Pattern;
}

/** Reference to a define of the (flattened) grammar, by its unique name. */
export interface RefPattern extends Annotated {
  readonly kind: 'ref';
  readonly name: string;
}

export interface DataPattern extends Annotated {
  readonly kind: 'data';
  /** Datatype library URI; '' is the built-in library (string, token). */
  readonly library: string;
  readonly type: string;
  readonly params: readonly DataParam[];
  readonly except?: Pattern;
}

export interface ValuePattern extends Annotated {
  readonly kind: 'value';
  readonly library: string;
  readonly type: string;
  readonly value: string;
  /** The context namespace (`ns` in scope), needed for QName-typed values. */
  readonly ns: string;
  /** Namespace prefixes in scope where the value was written (prefix -> URI), for QName-typed values. */
  readonly prefixes?: Readonly<Record<string, string>>;
}

export interface Define extends Annotated {
  /** Unique in the grammar; names from nested grammars are renamed to stay unique. */
  readonly name: string;
  readonly pattern: Pattern;
}

/**
 * Includes merged, combine applied, nested grammars flattened (parentRef became ref),
 * externalRef inlined; everything else as written. Defines keep their names.
 */
export interface ResolvedGrammar {
  readonly start: Pattern;
  readonly defines: ReadonlyMap<string, Define>;
  /** Namespace prefixes declared in the schema files (prefix -> URI), for emitting names. */
  readonly prefixes: ReadonlyMap<string, string>;
}

/**
 * Simplified per RELAX NG spec section 4.22: start and every define's pattern use only
 * element (in defines only), attribute, group, interleave, choice, oneOrMore, list, data,
 * value, text, empty, notAllowed and ref; every ref points at a define whose pattern is an
 * element.
 */
export type SimplifiedGrammar = ResolvedGrammar;
