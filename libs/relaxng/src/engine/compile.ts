import { createDatatype } from '../datatypes/library.js';
import type { Pattern, SimplifiedGrammar } from '../ir.js';
import { PatternFactory } from './factory.js';
import type { P } from './pattern.js';

export interface CompiledGrammar {
  readonly factory: PatternFactory;
  readonly start: P;
  /** Every element pattern, for "did you mean" across the whole schema. */
  readonly elements: readonly P[];
}

/** Builds the hash-consed patterns of a simplified grammar. */
export function compileGrammar(g: SimplifiedGrammar): CompiledGrammar {
  const f = new PatternFactory();
  const elements = new Map<string, P>();
  for (const [name, d] of g.defines) {
    if (d.pattern.kind === 'element') elements.set(name, f.element(d.pattern.name, name));
  }
  const dataKeys = new Map<string, string>();
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
        const typeKey = `${p.library}#${p.type}#${p.params.map((q) => `${q.name}=${q.value}`).join('&')}`;
        const id = dataKeys.get(typeKey) ?? String(dataKeys.size);
        dataKeys.set(typeKey, id);
        return f.data(createDatatype(p.library, p.type, p.params), id, p.except && build(p.except));
      }
      case 'value': {
        const dt = createDatatype(p.library, p.type, []);
        const parsed = dt.parse(p.value, (prefix) => (prefix === '' ? p.ns : p.prefixes?.[prefix]));
        // Values were checked by the simplifier; an unparsable one can match nothing.
        return parsed.ok ? f.value(dt, `${p.library}#${p.type}`, parsed.key, p.value) : f.notAllowed;
      }
      default:
        throw new Error(`internal: ${p.kind} left in a simplified grammar`);
    }
  };
  for (const [name, d] of g.defines) {
    if (d.pattern.kind === 'element') elements.get(name)!.content = build(d.pattern.content);
  }
  return { factory: f, start: build(g.start), elements: [...elements.values()] };
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
