import type { Define, Pattern } from '@virtkit/relaxng';
import type { ContentSummarizer } from './content.js';
import { alternative, EMPTY, IMPOSSIBLE, optional, sequence, type Summary } from './summary.js';
import { valueAlternatives } from './values.js';

/** Beyond this many alternatives a pattern is summarised as one (keeps products of choices small). */
const MAX_ALTERNATIVES = 64;

/**
 * Splits content patterns into alternatives where the schema writes a choice whose branches fix
 * one attribute to different values (`<choice><group><attribute name="type"><value>file</value>
 * ...</group>...</choice>`): such choices are the candidates for discriminated unions. Every other
 * construct is summarised as a whole, so an alternative is an ordinary Summary.
 */
export class VariantExpander {
  private readonly memo = new Map<string, readonly Summary[]>();
  private readonly active = new Set<string>();

  constructor(private readonly summarizer: ContentSummarizer, private readonly defines: ReadonlyMap<string, Define>) {}

  expand(pattern: Pattern): readonly Summary[] {
    switch (pattern.kind) {
      case 'choice': {
        const branches = pattern.patterns.flatMap((p) => this.expand(p)).filter((s) => !s.impossible);
        return branches.length > 1 && branches.length <= MAX_ALTERNATIVES && fixesOneAttribute(branches, this.defines)
          ? branches
          : [this.summarizer.summarize(pattern)];
      }
      case 'group':
      case 'interleave': {
        let product: Summary[] = [EMPTY];
        for (const part of pattern.patterns) {
          const options = this.expand(part);
          if (product.length * options.length > MAX_ALTERNATIVES) return [this.summarizer.summarize(pattern)];
          product = product.flatMap((acc) => options.map((o) => sequence(acc, o))).filter((s) => !s.impossible);
        }
        return product.length ? product : [IMPOSSIBLE];
      }
      case 'optional': {
        const options = this.expand(pattern.content);
        return options.length > 1 ? [EMPTY, ...options] : [optional(options[0]!)];
      }
      case 'ref':
        return this.ref(pattern.name, pattern);
      default:
        return [this.summarizer.summarize(pattern)];
    }
  }

  private ref(name: string, pattern: Pattern): readonly Summary[] {
    const cached = this.memo.get(name);
    if (cached) return cached;
    const define = this.defines.get(name);
    if (!define || this.active.has(name)) return [this.summarizer.summarize(pattern)];
    this.active.add(name);
    const result = this.expand(define.pattern);
    this.active.delete(name);
    this.memo.set(name, result);
    return result;
  }
}

/**
 * The literal values an attribute is fixed to in an alternative, or undefined when the
 * alternative lacks it or lets it take free-form values.
 */
export function fixedValues(summary: Summary, key: string, defines: ReadonlyMap<string, Define>): string[] | undefined {
  const particle = summary.attributes.get(key);
  if (!particle) return undefined;
  const values: string[] = [];
  for (const p of particle.patterns) {
    for (const alt of valueAlternatives(p.content, defines)) {
      if (alt.kind !== 'value') return undefined;
      if (!values.includes(alt.value)) values.push(alt.value);
    }
  }
  return values.length ? values : undefined;
}

/**
 * True when two branches fix one attribute to values that do not overlap (a shared value
 * list such as yes/no on both sides is no distinction).
 */
function fixesOneAttribute(branches: readonly Summary[], defines: ReadonlyMap<string, Define>): boolean {
  const keys = new Set(branches.flatMap((b) => [...b.attributes.keys()]));
  for (const key of keys) {
    const fixed = branches.map((b) => fixedValues(b, key, defines)).filter((v) => v !== undefined);
    if (fixed.some((a, i) => fixed.slice(i + 1).some((b) => !a.some((v) => b.includes(v))))) return true;
  }
  return false;
}

/** Merges alternatives back into one summary. */
export const mergeAlternatives = (alternatives: readonly Summary[]): Summary =>
  alternatives.reduce<Summary>((acc, s) => alternative(acc, s), IMPOSSIBLE);
