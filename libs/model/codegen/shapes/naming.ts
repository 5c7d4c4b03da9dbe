import type { Define, ElementPattern, Pattern, ResolvedGrammar } from '@virtkit/relaxng';
import type { ElementShape } from './model.js';
import type { TypeParent } from './type-graph.js';

/**
 * TypeScript type names. A shape that is exactly one define's element is named after the
 * define (`disk` -> `DomainDisk`, `domainName` -> `DomainName`); an inline element is named by
 * its path from the nearest named shape (`DomainDisk` + `<target>` -> `DomainDiskTarget`).
 */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

export function typeNameForDefine(define: string, rootPrefix: string): string {
  const base = pascalCase(define);
  return base.startsWith(rootPrefix) ? base : rootPrefix + base;
}

export function typeNameForPath(parent: string | undefined, local: string): string {
  return (parent ?? '') + pascalCase(local);
}

/** Hands out names, suffixing a number when a name is taken (first come, first served). */
export class NameRegistry {
  private readonly used = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.used.add(name);
  }

  /** The first free name of `wanted` (best first); a number is added to the first when all are taken. */
  claim(...wanted: readonly string[]): string {
    const fit = (n: string) => (/^[A-Za-z_]/.test(n) ? n : `T${n}`);
    let name = wanted.map(fit).find((n) => !this.used.has(n)) ?? fit(wanted[0]!);
    for (let n = 2; this.used.has(name); n++) name = `${fit(wanted[0]!)}${n}`;
    this.used.add(name);
    return name;
  }
}

/** What naming needs to know of the shape graph. */
export interface NamingGraph {
  patternsOf(shape: ElementShape): readonly ElementPattern[];
  /** Parents in the codec tables (for codec shapes). */
  codecParents(shape: ElementShape): readonly ElementShape[];
  /** Parents in the types (for types-only shapes). */
  typeParents(shape: ElementShape): readonly TypeParent[];
  /** True for a codec shape the types never use (the merged child of a discriminated element). */
  codecOnly(shape: ElementShape): boolean;
}

/**
 * Names shapes once all are known, a parent before its children:
 * 1. a define's own element takes the define's name (a shared shape also when it merges it
 *    with inline elements of the same name, like the empty `<backingStore/>` ending a chain);
 * 2. an element reached from several places takes the name of the smallest define that holds
 *    all its patterns (`storageSource` -> `DomainStorageSource`): where it is written, not
 *    whichever place happened to be met first;
 * 3. otherwise the path from its parent (for a child narrowed by a variant, from the variant:
 *    `DomainInterfaceUser` + `<source>`).
 * A name already taken falls back to the path; a codec shape the types never use (the merged
 * `<gl>` of all graphics variants) yields its path to the shapes they do use and becomes
 * `...AnyGl`. Variants of a discriminated shape are named after their first value (`DomainDiskFile`).
 */
export class ShapeNaming {
  private readonly elementDefine = new Map<ElementPattern, Define>();
  private readonly direct = new Map<string, ReadonlySet<ElementPattern>>();
  private readonly inProgress = new Set<ElementShape>();

  constructor(
    private readonly grammar: ResolvedGrammar,
    private readonly rootPrefix: string,
    private readonly names: NameRegistry,
    private readonly graph: NamingGraph,
  ) {
    for (const define of grammar.defines.values()) {
      if (define.pattern.kind === 'element') this.elementDefine.set(define.pattern, define);
    }
  }

  name(shape: ElementShape): string {
    if (shape.typeName || this.inProgress.has(shape)) return shape.typeName;
    this.inProgress.add(shape);
    shape.typeName = this.names.claim(...this.wanted(shape));
    this.inProgress.delete(shape);
    for (const variant of shape.union?.variants ?? []) variant.typeName = this.names.claim(shape.typeName + pascalCase(variant.values[0]!));
    return shape.typeName;
  }

  /** Candidate names, best first. */
  private wanted(shape: ElementShape): string[] {
    const patterns = this.graph.patternsOf(shape);
    const parents: TypeParent[] =
      shape.index >= 0 ? this.graph.codecParents(shape).map((p) => ({ shape: p, variant: undefined })) : [...this.graph.typeParents(shape)];
    // The prefix joins the name only where the namespace changes (`DomainQemuCommandline`, then `...Arg`).
    const local = shape.ns && shape.ns !== parents[0]?.shape.ns ? shape.qname : shape.local;
    // A define's own element; for a shared shape, also the one define among inline variants.
    const defined = patterns.map((p) => this.elementDefine.get(p)).filter((d) => d !== undefined);
    const own = defined.length === 1 && (patterns.length === 1 || parents.length > 1) ? defined[0] : undefined;
    const cover = !own && parents.length > 1 ? this.coveringDefine(patterns) : undefined;
    const parent = parents.find((p) => !this.inProgress.has(p.shape));
    if (parent) this.name(parent.shape);
    const base = parent ? (parent.variant?.typeName ?? parent.shape.typeName) : undefined;
    const path = typeNameForPath(base, local);
    const names = [
      ...(own ? [typeNameForDefine(own.name, this.rootPrefix)] : []),
      ...(cover ? [withLocal(typeNameForDefine(cover.name, this.rootPrefix), local)] : []),
      path,
    ];
    return this.graph.codecOnly(shape) ? [...names, typeNameForPath(base, `any-${local}`)] : names;
  }

  /** The non-element define with the fewest element patterns that still holds all of these. */
  private coveringDefine(patterns: readonly ElementPattern[]): Define | undefined {
    let best: { define: Define; size: number } | undefined;
    for (const define of this.grammar.defines.values()) {
      if (define.pattern.kind === 'element') continue;
      const direct = this.directElements(define.name);
      if (!patterns.every((p) => direct.has(p))) continue;
      if (!best || direct.size < best.size) best = { define, size: direct.size };
    }
    return best?.define;
  }

  /** Element patterns a define can stand for without entering an element. */
  private directElements(name: string): ReadonlySet<ElementPattern> {
    const cached = this.direct.get(name);
    if (cached) return cached;
    const found = new Set<ElementPattern>();
    this.direct.set(name, found); // a loop through refs adds nothing new
    const walk = (p: Pattern): void => {
      if (p.kind === 'element') found.add(p);
      else if (p.kind === 'ref') for (const e of this.directElements(p.name)) found.add(e);
      else if ('patterns' in p) p.patterns.forEach(walk);
      else if ('content' in p) walk(p.content);
    };
    const define = this.grammar.defines.get(name);
    if (define) walk(define.pattern);
    return found;
  }
}

/** A define's name with the element's name added, unless the define's name already says it. */
function withLocal(base: string, local: string): string {
  const words = (s: string) => s.split(/(?=[A-Z])/);
  const own = words(pascalCase(local)).join(' ');
  return ` ${words(base).join(' ')} `.includes(` ${own} `) ? base : base + pascalCase(local);
}
