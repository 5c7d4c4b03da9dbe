import type { Datatype, PrefixResolver } from '../datatypes/types.js';
import { detached } from './detached.js';
import type { PatternFactory } from './factory.js';
import { F, K, Memo, type LeafIndex, type P } from './pattern.js';

/** XML white space only (the spec's whitespace rule for text between or instead of elements). */
export function isSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

export const memoOf = (p: P): Memo => (p.memo ??= new Memo());
const NONE: readonly number[] = [];

/** A memo key for a set of leaf ids (sorted): the id itself for one, no string in the usual cases. */
export function leavesKey(ids: readonly number[]): number | string {
  return ids.length === 0 ? -1 : ids.length === 1 ? ids[0]! : ids.join(',');
}
const VERDICT_CACHE_LIMIT = 4096;

/**
 * The text side of Clark's derivatives (textDeriv, and value matching for attributes and lists).
 * Strings are never memo keys: the data-like leaves a pattern can match next are tested against the
 * string (with a verdict cache per leaf) and the derivative is memoized on which leaves matched.
 */
export class TextDerivatives {
  private readonly one: number[] = [0];

  constructor(readonly f: PatternFactory) {}

  /**
   * The state after an element's content when it has none at all (`<x/>`, `<x></x>`): the
   * content may end as it is, or take the empty string as text. Memoized: empty elements are
   * the commonest of all.
   */
  emptyContent(p: P): P {
    const memo = memoOf(p);
    return (memo.emptyContent ??= this.f.choice(p, this.textFull(p, '', undefined)));
  }

  /**
   * Does a string match a pattern as an attribute value or a list item? Verdicts are cached per
   * pattern (attribute values repeat across documents), unless namespaces can change them.
   */
  valueMatches(p: P, s: string, resolve: PrefixResolver | undefined): boolean {
    const memo = memoOf(p);
    const cache = memo.values === undefined ? (memo.values = this.contextual(p) ? null : new Map()) : memo.values;
    let v = cache?.get(s);
    if (v === undefined) {
      v = (p.nullable && isSpace(s)) || this.textFull(p, s, resolve).nullable;
      if (cache && cache.size < VERDICT_CACHE_LIMIT) cache.set(detached(s), v);
    }
    return v;
  }

  /**
   * The leaves of `p` arranged for matching: values grouped by datatype and looked up by the key
   * of the parsed text (a choice of fifty values costs one parse and one lookup, not fifty),
   * data and list leaves tested one by one.
   */
  private leafIndex(p: P): LeafIndex {
    const memo = memoOf(p);
    if (memo.leafIndex) return memo.leafIndex;
    const groups = new Map<Datatype, Map<string, number[]>>();
    const tested: P[] = [];
    for (const leaf of this.textLeaves(p)) {
      if (leaf.kind !== K.Value) {
        tested.push(leaf);
        continue;
      }
      let keys = groups.get(leaf.dt!);
      if (!keys) groups.set(leaf.dt!, (keys = new Map()));
      const ids = keys.get(leaf.key!);
      if (ids) ids.push(leaf.id);
      else keys.set(leaf.key!, [leaf.id]);
    }
    return (memo.leafIndex = { values: [...groups].map(([dt, keys]) => ({ dt, keys })), tested });
  }

  /** The data-like leaves (value, data, list) that text could match next in `p`. */
  textLeaves(p: P): readonly P[] {
    const memo = memoOf(p);
    if (memo.textLeaves) return memo.textLeaves;
    const out = new Set<P>();
    const visit = (q: P): void => {
      switch (q.kind) {
        case K.Value: case K.Data: case K.List:
          out.add(q); return;
        case K.Choice: case K.Interleave:
          visit(q.a!); visit(q.b!); return;
        case K.Group:
          visit(q.a!); if (q.a!.nullable) visit(q.b!); return;
        case K.After: case K.OneOrMore:
          visit(q.a!); return;
        default:
      }
    };
    visit(p);
    return (memo.textLeaves = [...out]);
  }

  /**
   * Tests one data-like leaf against a string. Verdicts are cached per leaf (documents repeat the
   * same values a lot), except where a namespace context could change the answer.
   */
  leafMatches(leaf: P, s: string, resolve: PrefixResolver | undefined): boolean {
    const memo = memoOf(leaf);
    const cache = (memo.verdicts ??= new Map());
    let v = cache.get(s);
    if (v === undefined) {
      v = this.computeLeaf(leaf, s, resolve);
      if (cache.size < VERDICT_CACHE_LIMIT && !this.contextual(leaf)) cache.set(detached(s), v);
    }
    return v;
  }

  /** Whether a leaf's verdicts depend on namespace declarations (QName-like datatypes inside). */
  protected contextual(leaf: P): boolean {
    const memo = memoOf(leaf);
    if (memo.contextual === undefined) {
      let found = false;
      const seen = new Set<P>();
      const visit = (q: P | undefined): void => {
        if (!q || seen.has(q) || found) return;
        seen.add(q);
        if (q.dt?.contextual) found = true;
        visit(q.a);
        visit(q.b);
      };
      visit(leaf);
      memo.contextual = found;
    }
    return memo.contextual;
  }

  private computeLeaf(leaf: P, s: string, resolve: PrefixResolver | undefined): boolean {
    switch (leaf.kind) {
      case K.Value: {
        const r = leaf.dt!.parse(s, resolve);
        return r.ok && r.key === leaf.key;
      }
      case K.Data:
        return leaf.dt!.parse(s, resolve).ok && !(leaf.a && this.valueMatches(leaf.a, s, resolve));
      case K.List: {
        let q = leaf.a!;
        for (const token of s.split(/[ \t\n\r]+/)) {
          if (token === '') continue;
          q = this.textFull(q, token, resolve);
          if (q.kind === K.NotAllowed) return false;
        }
        return q.nullable;
      }
      default:
        return false;
    }
  }

  /** textDeriv: evaluates the leaves, then the memoized structural part. */
  textFull(p: P, s: string, resolve: PrefixResolver | undefined): P {
    const leaves = this.textLeaves(p);
    if (leaves.length === 0) return this.textStep(p, NONE, -1);
    if (leaves.length === 1) {
      const leaf = leaves[0]!;
      if (!this.leafMatches(leaf, s, resolve)) return this.textStep(p, NONE, -1);
      // A scratch array: read on a memo miss, never kept.
      this.one[0] = leaf.id;
      return this.textStep(p, this.one, leaf.id);
    }
    const index = this.leafIndex(p);
    let ok: number[] | undefined;
    for (const { dt, keys } of index.values) {
      const parsed = dt.parse(s, resolve);
      const ids = parsed.ok ? keys.get(parsed.key) : undefined;
      if (ids) (ok ??= []).push(...ids);
    }
    for (const leaf of index.tested) if (this.leafMatches(leaf, s, resolve)) (ok ??= []).push(leaf.id);
    if (ok === undefined) return this.textStep(p, NONE, -1);
    if (ok.length > 1) ok.sort((a, b) => a - b);
    return this.textStep(p, ok, leavesKey(ok));
  }

  /** textDeriv given which data-like leaves accept the text (by id). */
  text(p: P, ok: readonly number[]): P {
    const sorted = [...ok].sort((a, b) => a - b);
    return this.textStep(p, sorted, leavesKey(sorted));
  }

  private textStep(p: P, ok: readonly number[], okKey: number | string): P {
    if (!(p.flags & F.Text)) return this.f.notAllowed;
    const memo = (memoOf(p).text ??= new Map());
    let r = memo.get(okKey);
    if (r === undefined) {
      r = this.computeText(p, ok, okKey);
      memo.set(okKey, r);
    }
    return r;
  }

  private computeText(p: P, ok: readonly number[], k: number | string): P {
    const f = this.f;
    switch (p.kind) {
      case K.Choice:
        return f.choice(this.textStep(p.a!, ok, k), this.textStep(p.b!, ok, k));
      case K.Interleave:
        return f.choice(f.interleave(this.textStep(p.a!, ok, k), p.b!), f.interleave(p.a!, this.textStep(p.b!, ok, k)));
      case K.Group: {
        const x = f.group(this.textStep(p.a!, ok, k), p.b!);
        return p.a!.nullable ? f.choice(x, this.textStep(p.b!, ok, k)) : x;
      }
      case K.After:
        return f.after(this.textStep(p.a!, ok, k), p.b!);
      case K.OneOrMore:
        return f.group(this.textStep(p.a!, ok, k), f.choice(p, f.empty));
      case K.Text:
        return p;
      case K.Value: case K.Data: case K.List:
        return ok.includes(p.id) ? f.empty : f.notAllowed;
      default:
        return f.notAllowed;
    }
  }

}
