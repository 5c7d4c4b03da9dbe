import { listNames } from '../name-class.js';
import { K, type P } from './pattern.js';

/** What a validation state accepts next; the answer to an editor's "what can go here". */
export interface Expected {
  /** Element names (`local`, or `{ns}local` outside the empty namespace; `*` for any). */
  readonly elements: string[];
  /** Attribute names still acceptable on the current start tag. */
  readonly attributes: string[];
  /** Literal values allowed as text. */
  readonly values: string[];
  /** Datatypes allowed as text, described (e.g. `unsignedInt`). */
  readonly datatypes: string[];
  /** Free text is allowed. */
  readonly text: boolean;
}

/**
 * Collects what can come next in a state. Inside an After only the left side (the current
 * element's content) counts: its right side is what follows the element.
 */
export function expectedIn(p: P): Expected {
  const elements = new Set<string>();
  const attributes = new Set<string>();
  const values = new Set<string>();
  const datatypes = new Set<string>();
  let text = false;
  const seen = new Set<P>();
  const visit = (q: P): void => {
    if (seen.has(q)) return;
    seen.add(q);
    switch (q.kind) {
      case K.Element: listNames(q.nc!).forEach((n) => elements.add(n)); return;
      case K.Attribute: listNames(q.nc!).forEach((n) => attributes.add(n)); return;
      case K.Text: text = true; return;
      case K.Value: values.add(q.text!); return;
      case K.Data: datatypes.add(q.dt!.description); return;
      case K.List: visit(q.a!); return;
      case K.Choice: case K.Interleave: visit(q.a!); visit(q.b!); return;
      case K.Group: visit(q.a!); if (q.a!.nullable) visit(q.b!); return;
      case K.After: case K.OneOrMore: visit(q.a!); return;
      default:
    }
  };
  visit(p);
  return { elements: [...elements], attributes: [...attributes], values: [...values], datatypes: [...datatypes], text };
}

/** Attributes anywhere in a start-tag state (also those after a non-nullable sibling: order is free). */
export function attributesIn(p: P): string[] {
  const out = new Set<string>();
  const seen = new Set<P>();
  const visit = (q: P): void => {
    if (seen.has(q)) return;
    seen.add(q);
    if (q.kind === K.Attribute) listNames(q.nc!).forEach((n) => out.add(n));
    else if (q.kind === K.Choice || q.kind === K.Group || q.kind === K.Interleave || q.kind === K.After) { visit(q.a!); visit(q.b!); }
    else if (q.kind === K.OneOrMore) visit(q.a!);
  };
  visit(p);
  return [...out];
}

/** What must still come for a state to be complete: `all` of the names, or `any` one of them. */
export interface Required {
  readonly names: string[];
  readonly mode: 'all' | 'any';
}

/**
 * The elements whose absence keeps `p` from ending: through groups the first unsatisfied member,
 * through interleaves every unsatisfied member, through choices any alternative. Optional parts
 * (nullable) require nothing, which keeps "missing" messages short.
 */
export function requiredIn(p: P): Required {
  const names = new Set<string>();
  let mode: 'all' | 'any' = 'all';
  const seen = new Set<P>();
  const visit = (q: P): void => {
    if (q.nullable || seen.has(q)) return;
    seen.add(q);
    switch (q.kind) {
      case K.Element: listNames(q.nc!).forEach((n) => names.add(n)); return;
      case K.After: case K.OneOrMore: visit(q.a!); return;
      case K.Group: visit(q.a!.nullable ? q.b! : q.a!); return;
      case K.Interleave: visit(q.a!); visit(q.b!); return;
      case K.Choice: mode = 'any'; visit(q.a!); visit(q.b!); return;
      default:
    }
  };
  visit(p);
  return { names: [...names], mode: names.size > 1 ? mode : 'all' };
}
