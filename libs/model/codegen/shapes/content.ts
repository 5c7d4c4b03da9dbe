import type { Define, NameClass, Pattern } from '@virtkit/relaxng';
import type { ValueAlternative } from './model.js';
import { alternative, EMPTY, IMPOSSIBLE, nameKey, optional, repeated, sequence, type Summary } from './summary.js';
import { valueAlternatives } from './values.js';

/**
 * Summarises element content patterns: which attributes, child elements and text an element
 * may hold. Child elements are not entered (their content is their own shape); refs are
 * followed through the grammar's defines, memoised per define.
 */
export class ContentSummarizer {
  private readonly memo = new Map<string, Summary>();
  private readonly active = new Set<string>();

  constructor(private readonly defines: ReadonlyMap<string, Define>) {}

  summarize(pattern: Pattern): Summary {
    switch (pattern.kind) {
      case 'empty':
        return EMPTY;
      case 'notAllowed':
        return IMPOSSIBLE;
      case 'text':
        return withText([{ kind: 'any' }]);
      case 'data':
      case 'value':
      case 'list':
        return withText(valueAlternatives(pattern, this.defines));
      case 'element':
        return this.element(pattern.name, pattern);
      case 'attribute':
        return this.attribute(pattern.name, pattern);
      case 'group':
      case 'interleave':
        return pattern.patterns.reduce<Summary>((acc, p) => sequence(acc, this.summarize(p)), EMPTY);
      case 'choice':
        return pattern.patterns.reduce<Summary>((acc, p) => alternative(acc, this.summarize(p)), IMPOSSIBLE);
      case 'optional':
        return optional(this.summarize(pattern.content));
      case 'zeroOrMore':
        return optional(repeated(this.summarize(pattern.content)));
      case 'oneOrMore':
        return repeated(this.summarize(pattern.content));
      case 'mixed':
        return sequence(this.summarize(pattern.content), withText([{ kind: 'any' }]));
      case 'ref':
        return this.ref(pattern.name);
    }
  }

  private ref(name: string): Summary {
    const cached = this.memo.get(name);
    if (cached) return cached;
    const define = this.defines.get(name);
    // A ref back into a define being summarised can only come through an element in valid
    // RELAX NG, and elements are not entered; treat a malformed loop as contributing nothing.
    if (!define || this.active.has(name)) return define ? EMPTY : IMPOSSIBLE;
    this.active.add(name);
    const summary = this.summarize(define.pattern);
    this.active.delete(name);
    this.memo.set(name, summary);
    return summary;
  }

  private element(name: NameClass, pattern: Extract<Pattern, { kind: 'element' }>): Summary {
    const names = concreteNames(name);
    if (!names) return { ...EMPTY, anyElements: true };
    return names.reduce<Summary>(
      (acc, n) => alternative(acc, { ...EMPTY, elements: new Map([[nameKey(n.ns, n.local), { ...n, min: 1, max: 1, patterns: [pattern] }]]) }),
      IMPOSSIBLE,
    );
  }

  private attribute(name: NameClass, pattern: Extract<Pattern, { kind: 'attribute' }>): Summary {
    const names = concreteNames(name);
    if (!names) return { ...EMPTY, anyAttributes: true };
    return names.reduce<Summary>(
      (acc, n) => alternative(acc, { ...EMPTY, attributes: new Map([[nameKey(n.ns, n.local), { ...n, min: 1, patterns: [pattern] }]]) }),
      IMPOSSIBLE,
    );
  }
}

function withText(text: readonly ValueAlternative[]): Summary {
  return { ...EMPTY, text };
}

/** The names a name class stands for, or undefined when it is open (anyName, nsName). */
export function concreteNames(name: NameClass): { ns: string; local: string }[] | undefined {
  switch (name.kind) {
    case 'name':
      return [{ ns: name.ns, local: name.local }];
    case 'choice': {
      const parts = name.options.map(concreteNames);
      return parts.every((p) => p !== undefined) ? parts.flat() : undefined;
    }
    default:
      return undefined;
  }
}
