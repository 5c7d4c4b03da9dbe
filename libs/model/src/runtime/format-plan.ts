import type { CompiledTables } from './compiled.js';

/** What a property of an element object is, as the formatter sees it. */
export const ATTRIBUTE = 1;
export const CHILD = 2;
export const TEXT = 3;
export const UNKNOWN = 4;
/** `#attributes` and `#xmlns`: written after the known attributes. */
export const EXTRA = 5;

/**
 * One property of a shape with every string the formatter writes for it made in advance, so
 * writing an element costs one map lookup per property and no string building beyond the
 * values themselves.
 */
export interface MemberPlan {
  readonly kind: typeof ATTRIBUTE | typeof CHILD | typeof TEXT | typeof UNKNOWN | typeof EXTRA;
  readonly key: string;
  /** Attribute: ` qname='`. */
  readonly lead: string;
  /** Namespace prefix of the name, '' for none (the root declares the prefixes used). */
  readonly prefix: string;
  /** Child: its shape's index, and its tags. */
  readonly shape: number;
  readonly open: string;
  readonly empty: string;
  readonly start: string;
  readonly end: string;
  /** Position in schema order (text first, unknown content last), for JSON without document order. */
  readonly rank: number;
}

export type ShapePlan = ReadonlyMap<string, MemberPlan>;

const member = (kind: MemberPlan['kind'], key: string, rank: number, rest: Partial<MemberPlan> = {}): MemberPlan => ({
  kind, key, lead: '', prefix: '', shape: -1, open: '', empty: '', start: '', end: '', rank, ...rest,
});

const prefixOf = (qname: string): string => {
  const colon = qname.indexOf(':');
  return colon === -1 ? '' : qname.slice(0, colon);
};

/** Tags of an element named `qname`. */
export const tagsOf = (qname: string) => ({ open: `<${qname}`, empty: `<${qname}/>`, start: `<${qname}>`, end: `</${qname}>` });

const SHARED: readonly MemberPlan[] = [
  member(TEXT, '#text', -1),
  member(UNKNOWN, '#unknown', Number.MAX_SAFE_INTEGER),
  member(EXTRA, '#attributes', 0),
  member(EXTRA, '#xmlns', 0),
];

const cache = new WeakMap<CompiledTables, readonly ShapePlan[]>();

/** The plans of every shape of `compiled`, by shape index (made once per table set). */
export function plansOf(compiled: CompiledTables): readonly ShapePlan[] {
  const cached = cache.get(compiled);
  if (cached) return cached;
  const plans = compiled.shapes.map((shape) => {
    const plan = new Map<string, MemberPlan>();
    for (const m of SHARED) plan.set(m.key, m);
    shape.children.forEach((c, i) => {
      plan.set(c.key, member(CHILD, c.key, i, { prefix: c.ns ? prefixOf(c.key) : '', shape: c.shape, ...tagsOf(c.key) }));
    });
    for (const a of shape.attributes) {
      plan.set(a.key, member(ATTRIBUTE, a.key, 0, { lead: ` ${a.qname}='`, prefix: a.ns ? prefixOf(a.qname) : '' }));
    }
    return plan;
  });
  cache.set(compiled, plans);
  return plans;
}
