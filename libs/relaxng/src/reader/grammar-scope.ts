import { SchemaError, SchemaErrorCode } from '../errors.js';
import type { Define, Pattern, RefPattern, SourceLocation } from '../ir.js';

/** One `start` or `define` component as written, before combination. */
export interface Component {
  readonly pattern: Pattern;
  readonly combine: 'choice' | 'interleave' | undefined;
  readonly source: SourceLocation;
  readonly doc: string | undefined;
}

interface PendingRef {
  readonly ref: { kind: 'ref'; name: string };
  readonly source: SourceLocation;
}

/**
 * The components of one `grammar` element (with its includes merged). Nested grammars get their
 * own scope; refs are recorded with the scope's local names and renamed once every scope is known,
 * so that the flattened grammar has unique define names.
 */
export class GrammarScope {
  readonly starts: Component[] = [];
  readonly defines = new Map<string, Component[]>();
  readonly refs: PendingRef[] = [];
  readonly children: GrammarScope[] = [];
  /** Local define name -> unique name in the flattened grammar. */
  readonly renamed = new Map<string, string>();

  constructor(readonly parent: GrammarScope | undefined, readonly source: SourceLocation) {
    parent?.children.push(this);
  }

  addDefine(name: string, component: Component): void {
    const list = this.defines.get(name);
    if (list) list.push(component);
    else this.defines.set(name, [component]);
  }

  /** A ref to a local define name; its final name is filled in by `flattenScopes`. */
  ref(name: string, source: SourceLocation, extra: { doc?: string }): RefPattern {
    const ref = { kind: 'ref' as const, name, source, ...(extra.doc ? { doc: extra.doc } : {}) };
    this.refs.push({ ref, source });
    return ref;
  }

  /** The combined start pattern (spec 4.17); a grammar without start is an error. */
  start(): Pattern {
    if (this.starts.length === 0) throw new SchemaError(SchemaErrorCode.MissingStart, 'grammar has no <start>', this.source);
    return combine(this.starts, 'start');
  }
}

/** Applies `combine` (spec 4.17): at most one component without it, all others agreeing. */
export function combine(parts: readonly Component[], what: string): Pattern {
  if (parts.length === 1) return parts[0]!.pattern;
  let method: 'choice' | 'interleave' | undefined;
  let plain: Component | undefined;
  for (const part of parts) {
    if (part.combine === undefined) {
      if (plain) throw new SchemaError(SchemaErrorCode.BadCombine, `${what} is defined twice without a combine attribute`, part.source);
      plain = part;
    } else if (method && method !== part.combine) {
      throw new SchemaError(SchemaErrorCode.BadCombine, `${what} is combined both by "${method}" and by "${part.combine}"`, part.source);
    } else {
      method = part.combine;
    }
  }
  return { kind: method!, patterns: parts.map((p) => p.pattern) };
}

/**
 * Builds the flat define table: the outermost grammar keeps its names, nested grammars' names get
 * a numeric suffix when taken, and every recorded ref is rewritten to the unique name.
 */
export function flattenScopes(top: GrammarScope): Map<string, Define> {
  const out = new Map<string, Define>();
  const queue: GrammarScope[] = [top];
  for (let i = 0; i < queue.length; i++) {
    const scope = queue[i]!;
    for (const [name, parts] of scope.defines) {
      let unique = name;
      for (let n = 2; out.has(unique); n++) unique = `${name}-${n}`;
      const pattern = combine(parts, `define "${name}"`);
      const main = parts.find((p) => p.combine === undefined) ?? parts[0]!;
      const docs = parts.map((p) => p.doc).filter((d): d is string => d !== undefined);
      out.set(unique, { name: unique, pattern, source: main.source, ...(docs.length ? { doc: docs.join('\n\n') } : {}) });
      scope.renamed.set(name, unique);
    }
    queue.push(...scope.children);
  }
  for (const scope of queue) {
    for (const { ref, source } of scope.refs) {
      const unique = scope.renamed.get(ref.name);
      if (unique === undefined) throw new SchemaError(SchemaErrorCode.UndefinedReference, `reference to undefined define "${ref.name}"`, source);
      ref.name = unique;
    }
  }
  return out;
}
