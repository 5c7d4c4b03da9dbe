import type { Define, ElementPattern, Pattern, ResolvedGrammar } from '@virtkit/relaxng';
import type { ElementShape } from './model.js';

/**
 * TypeScript type names. A shape that is exactly one define's element is named after the
 * define (`disk` -> `DomainDisk`, `domainName` -> `DomainName`); an inline element is named by
 * its path from the nearest named shape (`DomainDisk` + `<source>` -> `DomainDiskSource`).
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

  claim(wanted: string): string {
    let name = /^[A-Za-z_]/.test(wanted) ? wanted : `T${wanted}`;
    for (let n = 2; this.used.has(name); n++) name = `${wanted}${n}`;
    this.used.add(name);
    return name;
  }
}

/**
 * Names shapes once all are known, in discovery order (a parent is always named before its
 * children): a define's own element takes the define's name; an element reached from a
 * single parent is named by its path; an element shared by several parents takes the name of
 * the define its patterns are written in (`storageSource` + `<source>` -> `DomainStorageSource`),
 * falling back to the path from its first parent.
 */
export class ShapeNaming {
  private readonly elementDefine = new Map<ElementPattern, Define>();
  private readonly owner = new Map<ElementPattern, Define>();

  constructor(grammar: ResolvedGrammar, private readonly rootPrefix: string, private readonly names: NameRegistry) {
    for (const define of grammar.defines.values()) {
      if (define.pattern.kind === 'element') this.elementDefine.set(define.pattern, define);
      this.recordOwner(define.pattern, define);
    }
  }

  nameOf(shape: ElementShape, patterns: readonly ElementPattern[], parents: readonly ElementShape[]): string {
    // The prefix joins the name only where the namespace changes (`DomainQemuCommandline`, then `...Arg`).
    const local = shape.ns && shape.ns !== parents[0]?.ns ? shape.qname : shape.local;
    const own = patterns.length === 1 ? this.elementDefine.get(patterns[0]!) : undefined;
    if (own) return this.names.claim(typeNameForDefine(own.name, this.rootPrefix));
    if (parents.length > 1) {
      const owners = new Set(patterns.map((p) => this.owner.get(p)));
      const [owner] = owners;
      if (owners.size === 1 && owner && owner.pattern.kind !== 'element') {
        const base = typeNameForDefine(owner.name, this.rootPrefix);
        return this.names.claim(base.endsWith(pascalCase(local)) ? base : base + pascalCase(local));
      }
    }
    return this.names.claim(typeNameForPath(parents[0]?.typeName, local));
  }

  private recordOwner(pattern: Pattern, define: Define): void {
    if (pattern.kind === 'element' && !this.owner.has(pattern)) this.owner.set(pattern, define);
    if ('patterns' in pattern) for (const p of pattern.patterns) this.recordOwner(p, define);
    else if ('content' in pattern) this.recordOwner(pattern.content, define);
  }
}
