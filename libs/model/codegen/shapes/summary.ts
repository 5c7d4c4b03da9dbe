import type { AttributePattern, ElementPattern } from '@virtkit/relaxng';
import type { ValueAlternative } from './model.js';

/**
 * What a content pattern can contribute to its element, with cardinalities: the algebra that
 * shape inference folds the RELAX NG operators into. `max` 2 stands for "more than one".
 */
export interface ElementParticle {
  readonly ns: string;
  readonly local: string;
  readonly min: 0 | 1;
  readonly max: 1 | 2;
  readonly patterns: readonly ElementPattern[];
}

export interface AttributeParticle {
  readonly ns: string;
  readonly local: string;
  readonly min: 0 | 1;
  readonly patterns: readonly AttributePattern[];
}

export interface Summary {
  /** The pattern can never match (notAllowed, or a group containing it). */
  readonly impossible: boolean;
  readonly elements: ReadonlyMap<string, ElementParticle>;
  readonly attributes: ReadonlyMap<string, AttributeParticle>;
  readonly text: readonly ValueAlternative[] | undefined;
  readonly anyAttributes: boolean;
  readonly anyElements: boolean;
}

export const EMPTY: Summary = {
  impossible: false,
  elements: new Map(),
  attributes: new Map(),
  text: undefined,
  anyAttributes: false,
  anyElements: false,
};

export const IMPOSSIBLE: Summary = { ...EMPTY, impossible: true };

export const nameKey = (ns: string, local: string): string => (ns ? `{${ns}}${local}` : local);

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...a, ...b.filter((x) => !a.includes(x))];

const EMPTY_TEXT: ValueAlternative = { kind: 'value', value: '' };

/** Text of either branch: when only one branch has text, the other matches the empty string. */
function eitherText(a: Summary['text'], b: Summary['text']): Summary['text'] {
  if (a && b) return union(a, b);
  const only = a ?? b;
  return only && union(only, [EMPTY_TEXT]);
}

function mergeText(a: Summary['text'], b: Summary['text']): Summary['text'] {
  if (!a) return b;
  if (!b) return a;
  return union(a, b);
}

/** Both parts in sequence (group, interleave): counts add up. */
export function sequence(a: Summary, b: Summary): Summary {
  if (a.impossible || b.impossible) return IMPOSSIBLE;
  const elements = new Map(a.elements);
  for (const [key, p] of b.elements) {
    const q = elements.get(key);
    elements.set(key, q ? { ...q, min: 1, max: 2, patterns: union(q.patterns, p.patterns) } : p);
  }
  const attributes = new Map(a.attributes);
  for (const [key, p] of b.attributes) {
    const q = attributes.get(key);
    attributes.set(key, q ? { ...q, min: q.min || p.min ? 1 : 0, patterns: union(q.patterns, p.patterns) } : p);
  }
  return {
    impossible: false,
    elements,
    attributes,
    text: mergeText(a.text, b.text),
    anyAttributes: a.anyAttributes || b.anyAttributes,
    anyElements: a.anyElements || b.anyElements,
  };
}

/** Either part (choice): a particle is required only when every branch requires it. */
export function alternative(a: Summary, b: Summary): Summary {
  if (a.impossible) return b;
  if (b.impossible) return a;
  const elements = new Map<string, ElementParticle>();
  for (const [key, p] of a.elements) {
    const q = b.elements.get(key);
    elements.set(key, q ? { ...p, min: p.min && q.min ? 1 : 0, max: p.max === 2 || q.max === 2 ? 2 : 1, patterns: union(p.patterns, q.patterns) } : { ...p, min: 0 });
  }
  for (const [key, q] of b.elements) if (!a.elements.has(key)) elements.set(key, { ...q, min: 0 });
  const attributes = new Map<string, AttributeParticle>();
  for (const [key, p] of a.attributes) {
    const q = b.attributes.get(key);
    attributes.set(key, q ? { ...p, min: p.min && q.min ? 1 : 0, patterns: union(p.patterns, q.patterns) } : { ...p, min: 0 });
  }
  for (const [key, q] of b.attributes) if (!a.attributes.has(key)) attributes.set(key, { ...q, min: 0 });
  return {
    impossible: false,
    elements,
    attributes,
    text: eitherText(a.text, b.text),
    anyAttributes: a.anyAttributes || b.anyAttributes,
    anyElements: a.anyElements || b.anyElements,
  };
}

/** optional: nothing is required any more. */
export function optional(s: Summary): Summary {
  if (s.impossible) return EMPTY;
  return {
    ...s,
    text: s.text && union(s.text, [EMPTY_TEXT]),
    elements: new Map([...s.elements].map(([k, p]) => [k, { ...p, min: 0 as const }])),
    attributes: new Map([...s.attributes].map(([k, p]) => [k, { ...p, min: 0 as const }])),
  };
}

/** oneOrMore: every element may now occur more than once. */
export function repeated(s: Summary): Summary {
  if (s.impossible) return s;
  return { ...s, elements: new Map([...s.elements].map(([k, p]) => [k, { ...p, max: 2 as const }])) };
}
