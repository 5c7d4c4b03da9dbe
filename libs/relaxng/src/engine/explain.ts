import type { PrefixResolver } from '../datatypes/types.js';
import { listNames } from '../name-class.js';
import type { Derivatives } from './derivatives.js';
import { K, membersOf, type P } from './pattern.js';
import { memoOf } from './text-derivatives.js';

/** Explanations of failed derivative steps, for diagnostics. */

/** The attributes whose presence alone would let the start tag close. */
export function missingAttributes(d: Derivatives, q: P): string[] {
  const all: P[] = [];
  const seen = new Set<P>();
  const visit = (x: P): void => {
    if (seen.has(x)) return;
    seen.add(x);
    if (x.kind === K.Attribute) all.push(x);
    else if (x.kind === K.Choice || x.kind === K.Group || x.kind === K.Interleave || x.kind === K.After) { visit(x.a!); visit(x.b!); }
    else if (x.kind === K.OneOrMore) visit(x.a!);
  };
  visit(q);
  const fixes = all.filter((a) => d.startTagClose(d.attribute(q, -1, [a.id])).kind !== K.NotAllowed);
  return [...new Set((fixes.length ? fixes : all).flatMap((a) => listNames(a.nc!)))];
}

/** Why a value failed the first datatype among the patterns that could have taken it. */
export function failureReason(d: Derivatives, patterns: readonly P[], value: string, resolve: PrefixResolver): string | undefined {
  for (const p of patterns) {
    for (const leaf of d.textLeaves(p)) {
      if (leaf.kind === K.Data) {
        const r = leaf.dt!.parse(value, resolve);
        if (!r.ok) return r.reason;
      }
    }
  }
  return undefined;
}

/**
 * Splits `After(content, rest)`, or a choice of Afters sharing one content, into its two parts
 * (memoized: the same open states come back for every element of a kind).
 */
export function splitAfter(open: P, d: Derivatives): { content: P; rest: P } | undefined {
  const memo = memoOf(open);
  if (memo.split !== undefined) return memo.split ?? undefined;
  let split: { content: P; rest: P } | null = null;
  if (open.kind === K.After) split = { content: open.a!, rest: open.b! };
  else if (open.kind === K.Choice) {
    const members = membersOf(open);
    const content = members[0]!.a;
    let rest: P | undefined = d.f.notAllowed;
    for (const m of members) {
      if (m.kind !== K.After || m.a !== content) {
        rest = undefined;
        break;
      }
      rest = d.f.choice(rest, m.b!);
    }
    if (rest) split = { content: content!, rest };
  }
  memo.split = split;
  return split ?? undefined;
}
