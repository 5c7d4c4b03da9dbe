import { createDatatype } from '../datatypes/library.js';
import type { Datatype } from '../datatypes/types.js';
import type { DataParam, Pattern, SimplifiedGrammar } from '../ir.js';
import { PatternFactory } from './factory.js';
import type { P } from './pattern.js';

/** How a datatype object was made: enough to make it again in another process. */
export interface DatatypeSpec {
  readonly library: string;
  readonly type: string;
  readonly params: readonly DataParam[];
}

export interface CompiledGrammar {
  readonly factory: PatternFactory;
  readonly start: P;
  /** Every element pattern, for "did you mean" across the whole schema. */
  readonly elements: readonly P[];
  /** The spec of every datatype object the patterns use (for writing the grammar out). */
  readonly datatypes: ReadonlyMap<Datatype, DatatypeSpec>;
  /** Namespace prefixes declared in the schema files (prefix -> URI), for showing names. */
  readonly prefixes: ReadonlyMap<string, string>;
}

/** Builds the hash-consed patterns of a simplified grammar. */
export function compileGrammar(g: SimplifiedGrammar): CompiledGrammar {
  const f = new PatternFactory();
  const elements = new Map<string, P>();
  for (const [name, d] of g.defines) {
    if (d.pattern.kind === 'element') elements.set(name, f.element(d.pattern.name, name));
  }
  // One datatype object per distinct type and parameters: values of one type share it.
  const datatypes = new Map<Datatype, DatatypeSpec>();
  const byKey = new Map<string, { id: string; dt: Datatype }>();
  const datatype = (spec: DatatypeSpec) => {
    const key = `${spec.library}#${spec.type}#${spec.params.map((q) => `${q.name}=${q.value}`).join('&')}`;
    let found = byKey.get(key);
    if (!found) {
      const dt = createDatatype(spec.library, spec.type, spec.params);
      datatypes.set(dt, { library: spec.library, type: spec.type, params: spec.params.map((q) => ({ name: q.name, value: q.value })) });
      byKey.set(key, (found = { id: String(byKey.size), dt }));
    }
    return found;
  };
  const build = (p: Pattern): P => {
    switch (p.kind) {
      case 'empty': return f.empty;
      case 'notAllowed': return f.notAllowed;
      case 'text': return f.text;
      case 'group': return balanced(p.patterns.map(build), (x, y) => f.group(x, y));
      case 'interleave': return balanced(p.patterns.map(build), (x, y) => f.interleave(x, y));
      case 'choice': return p.patterns.map(build).reduce((x, y) => f.choice(x, y));
      case 'oneOrMore': return f.oneOrMore(build(p.content));
      case 'list': return f.list(build(p.content));
      case 'attribute': return f.attribute(p.name, build(p.content));
      case 'ref': return elements.get(p.name)!;
      case 'data': {
        const { id, dt } = datatype(p);
        return f.data(dt, id, p.except && build(p.except));
      }
      case 'value': {
        const { id, dt } = datatype({ library: p.library, type: p.type, params: [] });
        const parsed = dt.parse(p.value, (prefix) => (prefix === '' ? p.ns : p.prefixes?.[prefix]));
        // Values were checked by the simplifier; an unparsable one can match nothing.
        return parsed.ok ? f.value(dt, id, parsed.key, p.value) : f.notAllowed;
      }
      default:
        throw new Error(`internal: ${p.kind} left in a simplified grammar`);
    }
  };
  for (const [name, d] of g.defines) {
    if (d.pattern.kind === 'element') elements.get(name)!.content = build(d.pattern.content);
  }
  return { factory: f, start: build(g.start), elements: [...elements.values()], datatypes, prefixes: new Map(g.prefixes) };
}

/**
 * Folds an associative operator into a balanced tree. A derivative step rebuilds the path from the
 * root to the member it consumed, so depth log(n) instead of n keeps the number of new states small
 * (libvirt's <devices> interleaves dozens of members).
 */
function balanced(items: readonly P[], op: (a: P, b: P) => P): P {
  if (items.length === 1) return items[0]!;
  const mid = items.length >> 1;
  return op(balanced(items.slice(0, mid), op), balanced(items.slice(mid), op));
}
