import type { Define } from '@virtkit/relaxng';
import type { Summary } from './summary.js';
import { fixedValues, mergeAlternatives } from './variants.js';

/** One variant of a discriminated element: the alternatives that share discriminator values. */
export interface VariantGroup {
  /** Discriminator values, in schema order. */
  readonly values: readonly string[];
  /** The discriminator may be left out (this is the variant an element without it belongs to). */
  readonly isDefault: boolean;
  readonly summary: Summary;
}

export interface Discrimination {
  /** Summary key (`{ns}local`) of the discriminating attribute. */
  readonly key: string;
  readonly groups: readonly VariantGroup[];
}

/**
 * Picks the attribute that tells an element's alternatives apart, if there is one. An attribute
 * qualifies when every alternative either fixes it to literal values or (for at most one
 * variant, the default) may leave it out; alternatives sharing a value form one variant. The
 * attribute giving the most variants wins, then the one fewer alternatives leave out (`type`
 * over a `device` that most disks omit), then the name, for determinism. Variants that differ
 * in nothing but the discriminator are no union worth having.
 */
export function discriminate(alternatives: readonly Summary[], defines: ReadonlyMap<string, Define>): Discrimination | undefined {
  if (alternatives.length < 2) return undefined;
  const keys = [...new Set(alternatives.flatMap((a) => [...a.attributes.keys()]))].sort();
  let best: (Discrimination & { omitted: number }) | undefined;
  for (const key of keys) {
    const groups = groupBy(alternatives, key, defines);
    if (!groups || groups.length < 2 || !differBeyond(groups, key)) continue;
    const omitted = alternatives.filter((a) => a.attributes.get(key)?.min !== 1).length;
    if (!best || groups.length > best.groups.length || (groups.length === best.groups.length && omitted < best.omitted)) {
      best = { key, groups, omitted };
    }
  }
  return best && { key: best.key, groups: best.groups };
}

function groupBy(alternatives: readonly Summary[], key: string, defines: ReadonlyMap<string, Define>): VariantGroup[] | undefined {
  interface Group { values: string[]; members: Summary[]; isDefault: boolean; first: number }
  const groups: Group[] = [];
  let sawAbsent = false;
  for (const [index, alt] of alternatives.entries()) {
    const particle = alt.attributes.get(key);
    const values = particle ? fixedValues(alt, key, defines) : [];
    if (!values) return undefined; // free-form values somewhere: not a discriminator
    const isDefault = !particle || particle.min === 0;
    if (!particle) sawAbsent = true;
    // Join every group sharing a value (or, for a default, every other default).
    const joined = groups.filter((g) => g.values.some((v) => values.includes(v)) || (isDefault && g.isDefault));
    const merged: Group = {
      values: [...new Set([...joined.flatMap((g) => g.values), ...values])],
      members: [...joined.flatMap((g) => g.members), alt],
      isDefault: isDefault || joined.some((g) => g.isDefault),
      first: Math.min(index, ...joined.map((g) => g.first)),
    };
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  const defaults = groups.filter((g) => g.isDefault);
  // An alternative without the attribute needs a variant that names the default value.
  if (sawAbsent && (defaults.length !== 1 || defaults[0]!.values.length === 0)) return undefined;
  return groups
    .sort((a, b) => a.first - b.first)
    .map((g) => ({ values: orderedValues(g.values, alternatives, key, defines), isDefault: g.isDefault, summary: mergeAlternatives(g.members) }));
}

/** Values in the order the alternatives list them. */
function orderedValues(values: readonly string[], alternatives: readonly Summary[], key: string, defines: ReadonlyMap<string, Define>): string[] {
  const order = alternatives.flatMap((a) => fixedValues(a, key, defines) ?? []);
  return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** True when some variants differ in a property other than the discriminator. */
function differBeyond(groups: readonly VariantGroup[], key: string): boolean {
  const ids = new Map<object, number>();
  const id = (o: object) => ids.get(o) ?? (ids.set(o, ids.size), ids.size - 1);
  const signature = (s: Summary) =>
    JSON.stringify([
      [...s.attributes].filter(([k]) => k !== key).sort(byKey).map(([k, p]) => [k, p.min, p.patterns.map(id)]),
      [...s.elements].sort(byKey).map(([k, p]) => [k, p.min, p.max, p.patterns.map(id)]),
      s.text !== undefined,
      s.anyAttributes,
      s.anyElements,
    ]);
  return new Set(groups.map((g) => signature(g.summary))).size > 1;
}
