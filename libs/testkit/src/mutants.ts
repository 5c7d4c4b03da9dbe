/**
 * Deterministic mutants of XML documents, for comparing validators: each mutant applies one small
 * structural change (drop, duplicate, rename or move an element; a bad, unknown or missing
 * attribute) to the text, leaving it well-formed. Same input and seed, same mutants.
 */

export type MutationKind =
  | 'drop-element'
  | 'duplicate-element'
  | 'rename-element'
  | 'move-element'
  | 'bad-attribute-value'
  | 'unknown-attribute'
  | 'drop-attribute';

export const MUTATION_KINDS: readonly MutationKind[] = [
  'drop-element', 'duplicate-element', 'rename-element', 'move-element', 'bad-attribute-value', 'unknown-attribute', 'drop-attribute',
];

export interface Mutant {
  readonly kind: MutationKind;
  /** What was changed, e.g. `rename <target> to <targte> at offset 120`. */
  readonly description: string;
  readonly text: string;
}

export interface MutantOptions {
  /** Seed of the pseudo-random choices. */
  readonly seed: number;
  /** How many mutants to make. Default 5. */
  readonly count?: number;
  /** Kinds to choose from. Default: all. */
  readonly kinds?: readonly MutationKind[];
}

interface Span {
  readonly name: string;
  /** Offset of `<` of the start tag, end of the start tag, start of the end tag, end of the element. */
  readonly start: number;
  readonly tagEnd: number;
  readonly closeStart: number;
  readonly end: number;
  readonly attributes: { readonly name: string; readonly start: number; readonly end: number; readonly valueStart: number; readonly valueEnd: number }[];
  readonly depth: number;
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Finds the elements of a well-formed document (enough of XML for mutation, not a parser). */
function scan(text: string): Span[] {
  const spans: Span[] = [];
  const open: { name: string; start: number; tagEnd: number; attributes: Span['attributes']; depth: number }[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index;
    if (m[1] !== undefined) {
      const top = open.pop();
      if (top) spans.push({ ...top, closeStart: at, end: at + m[0].length });
    } else if (m[2] !== undefined) {
      const attrsAt = at + 1 + m[2].length;
      const attributes: Span['attributes'][number][] = [];
      for (const a of (m[3] ?? '').matchAll(ATTRIBUTE)) {
        const start = attrsAt + a.index;
        const quoteAt = start + a[0].length - a[2]!.length;
        attributes.push({ name: a[1]!, start, end: start + a[0].length, valueStart: quoteAt + 1, valueEnd: start + a[0].length - 1 });
      }
      const entry = { name: m[2], start: at, tagEnd: at + m[0].length, attributes, depth: open.length };
      if (m[4] === '/') spans.push({ ...entry, closeStart: at + m[0].length, end: at + m[0].length });
      else open.push(entry);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** mulberry32: small, fast, and the same everywhere. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BAD_VALUES = ['', 'bogus', '-1', '99999999999999999999999', 'yes no', '0x', 'ÿ'];

function misspell(name: string, rnd: () => number): string {
  const local = name.replace(/^.*:/, '');
  const prefix = name.slice(0, name.length - local.length);
  if (local.length < 2) return `${name}x`;
  const i = Math.floor(rnd() * (local.length - 1));
  const swapped = local.slice(0, i) + local[i + 1] + local[i] + local.slice(i + 2);
  return prefix + (swapped === local ? `${local}x` : swapped);
}

const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);

function mutateOnce(text: string, spans: Span[], kind: MutationKind, rnd: () => number): Mutant | undefined {
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(rnd() * items.length)];
  const inner = spans.filter((s) => s.depth > 0);
  const withAttributes = spans.filter((s) => s.attributes.length > 0);
  switch (kind) {
    case 'drop-element': {
      const s = pick(inner);
      return s && { kind, description: `drop <${s.name}> at offset ${s.start}`, text: splice(text, s.start, s.end, '') };
    }
    case 'duplicate-element': {
      const s = pick(inner);
      return s && { kind, description: `duplicate <${s.name}> at offset ${s.start}`, text: splice(text, s.end, s.end, text.slice(s.start, s.end)) };
    }
    case 'rename-element': {
      const s = pick(spans);
      if (!s) return undefined;
      const name = misspell(s.name, rnd);
      let out = text;
      if (s.closeStart < s.end) out = splice(out, s.closeStart, s.end, `</${name}>`);
      out = splice(out, s.start + 1, s.start + 1 + s.name.length, name);
      return { kind, description: `rename <${s.name}> to <${name}> at offset ${s.start}`, text: out };
    }
    case 'move-element': {
      const s = pick(inner);
      if (!s) return undefined;
      // A new parent: has an end tag, is not inside the moved element, and is not where it already ends.
      const t = pick(spans.filter((x) => x.closeStart < x.end && !(x.start >= s.start && x.end <= s.end) && x.closeStart !== s.end));
      if (!t) return undefined;
      const piece = text.slice(s.start, s.end);
      // Edit the later offset first so the earlier one stays valid.
      const out = t.closeStart > s.start
        ? splice(splice(text, t.closeStart, t.closeStart, piece), s.start, s.end, '')
        : splice(splice(text, s.start, s.end, ''), t.closeStart, t.closeStart, piece);
      return { kind, description: `move <${s.name}> at offset ${s.start} to the end of <${t.name}> at offset ${t.start}`, text: out };
    }
    case 'bad-attribute-value': {
      const s = pick(withAttributes);
      const a = s && pick(s.attributes);
      const value = pick(BAD_VALUES)!;
      return a && { kind, description: `set ${a.name}="${value}" on <${s.name}> at offset ${s.start}`, text: splice(text, a.valueStart, a.valueEnd, value) };
    }
    case 'unknown-attribute': {
      const s = pick(spans);
      if (!s) return undefined;
      const at = s.start + 1 + s.name.length;
      return { kind, description: `add bogus="1" to <${s.name}> at offset ${s.start}`, text: splice(text, at, at, ' bogus="1"') };
    }
    case 'drop-attribute': {
      const s = pick(withAttributes);
      const a = s && pick(s.attributes);
      return a && { kind, description: `drop ${a.name} from <${s.name}> at offset ${s.start}`, text: splice(text, a.start, a.end, '') };
    }
  }
}

/** Makes `count` mutants of a document (fewer if the document offers nothing to mutate). */
export function makeMutants(text: string, options: MutantOptions): Mutant[] {
  const rnd = random(options.seed);
  const kinds = options.kinds ?? MUTATION_KINDS;
  const count = options.count ?? 5;
  const spans = scan(text);
  const out: Mutant[] = [];
  for (let tries = 0; out.length < count && tries < count * 10; tries++) {
    const kind = kinds[Math.floor(rnd() * kinds.length)]!;
    const mutant = mutateOnce(text, spans, kind, rnd);
    if (mutant && mutant.text !== text) out.push(mutant);
  }
  return out;
}
