import { createDatatype } from '../datatypes/library.js';
import type { Datatype, ParseResult, PrefixResolver } from '../datatypes/types.js';
import type { NameClass } from '../ir.js';
import type { CompiledGrammar, DatatypeSpec } from './compile.js';
import { PatternFactory } from './factory.js';
import { K, type P } from './pattern.js';

/**
 * A compiled grammar as plain JSON data: the pattern graph in creation order, children before
 * parents, so reading it back is one pass of factory calls with no reading, simplifying or
 * datatype building (datatypes are built on first use). Node 0, 1, 2 are empty, notAllowed and
 * text; an element's content is filled in last, as elements can be recursive.
 */
export interface SerializedGrammar {
  readonly nameClasses: readonly NameClass[];
  readonly datatypes: readonly DatatypeSpec[];
  /** Per node after the first three: kind, then its operands (see `writeNode`). */
  readonly nodes: readonly (number | string)[];
  /** Node index of each element's content, in element order. */
  readonly contents: readonly number[];
  readonly start: number;
  readonly prefixes: readonly (readonly [string, string])[];
}

/** Writes out the patterns reachable from the grammar's start (derivative states are left out). */
export function serializeGrammar(g: CompiledGrammar): SerializedGrammar {
  const index = new Map<P, number>([[g.factory.empty, 0], [g.factory.notAllowed, 1], [g.factory.text, 2]]);
  const nodes: (number | string)[] = [];
  const nameClasses: NameClass[] = [];
  const ncIndex = new Map<NameClass, number>();
  const datatypes: DatatypeSpec[] = [];
  const dtIndex = new Map<Datatype, number>();
  const nc = (n: NameClass) => {
    let i = ncIndex.get(n);
    if (i === undefined) ncIndex.set(n, (i = nameClasses.push(n) - 1));
    return i;
  };
  const dt = (d: Datatype) => {
    let i = dtIndex.get(d);
    if (i === undefined) {
      const spec = g.datatypes.get(d);
      if (!spec) throw new Error('internal: a datatype without its spec');
      dtIndex.set(d, (i = datatypes.push(spec) - 1));
    }
    return i;
  };
  // Every pattern reachable from the start or an element's content, written in creation order
  // (children exist before their parents; elements were all created first). Keeping that order
  // keeps the ids' order, which orders the members of choices and so the lists in messages.
  const reachable = new Set<P>(g.elements);
  const stack: P[] = [g.start, ...g.elements.map((e) => e.content!)];
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (reachable.has(p) || index.has(p)) continue;
    reachable.add(p);
    if (p.a) stack.push(p.a);
    if (p.b) stack.push(p.b);
  }
  const ref = (c: P | undefined) => (c === undefined ? -1 : index.get(c)!);
  for (const p of [...reachable].sort((x, y) => x.id - y.id)) {
    index.set(p, index.size);
    switch (p.kind) {
      case K.Element:
        nodes.push(p.kind, nc(p.nc!), p.label ?? ''); break;
      case K.Choice: case K.Group: case K.Interleave: case K.After:
        nodes.push(p.kind, ref(p.a), ref(p.b)); break;
      case K.OneOrMore: case K.List:
        nodes.push(p.kind, ref(p.a)); break;
      case K.Attribute:
        nodes.push(p.kind, nc(p.nc!), ref(p.a)); break;
      case K.Data:
        nodes.push(p.kind, dt(p.dt!), ref(p.a)); break;
      case K.Value:
        nodes.push(p.kind, dt(p.dt!), p.key!, p.text!); break;
      default:
        throw new Error(`internal: cannot write a pattern of kind ${p.kind}`);
    }
  }
  const contents = g.elements.map((e) => index.get(e.content!)!);
  const start = index.get(g.start)!;
  return { nameClasses, datatypes, nodes, contents, start, prefixes: [...g.prefixes] };
}

/** Reads a grammar written by `serializeGrammar` into a fresh factory. */
export function deserializeGrammar(s: SerializedGrammar): CompiledGrammar {
  const f = new PatternFactory();
  const ps: P[] = [f.empty, f.notAllowed, f.text];
  const dts = s.datatypes.map(lazyDatatype);
  const datatypes = new Map<Datatype, DatatypeSpec>(dts.map((d, i) => [d, s.datatypes[i]!]));
  const elements: P[] = [];
  const nodes = s.nodes;
  const at = (i: number) => {
    const p = ps[i];
    if (p === undefined) throw new Error(`corrupt compiled grammar: node ${i} used before it is defined`);
    return p;
  };
  for (let i = 0; i < nodes.length;) {
    const kind = nodes[i++] as number;
    let p: P;
    switch (kind) {
      case K.Element:
        p = f.element(s.nameClasses[nodes[i++] as number]!, nodes[i++] as string);
        elements.push(p);
        break;
      case K.Choice: p = f.choice(at(nodes[i++] as number), at(nodes[i++] as number)); break;
      case K.Group: p = f.group(at(nodes[i++] as number), at(nodes[i++] as number)); break;
      case K.Interleave: p = f.interleave(at(nodes[i++] as number), at(nodes[i++] as number)); break;
      case K.After: p = f.after(at(nodes[i++] as number), at(nodes[i++] as number)); break;
      case K.OneOrMore: p = f.oneOrMore(at(nodes[i++] as number)); break;
      case K.List: p = f.list(at(nodes[i++] as number)); break;
      case K.Attribute: p = f.attribute(s.nameClasses[nodes[i++] as number]!, at(nodes[i++] as number)); break;
      case K.Data: {
        const d = nodes[i++] as number;
        const except = nodes[i++] as number;
        p = f.data(dts[d]!, String(d), except < 0 ? undefined : at(except));
        break;
      }
      case K.Value: {
        const d = nodes[i++] as number;
        p = f.value(dts[d]!, String(d), nodes[i++] as string, nodes[i++] as string);
        break;
      }
      default:
        throw new Error(`corrupt compiled grammar: unknown node kind ${kind}`);
    }
    ps.push(p);
  }
  s.contents.forEach((c, i) => {
    elements[i]!.content = at(c);
  });
  return { factory: f, start: at(s.start), elements, datatypes, prefixes: new Map(s.prefixes) };
}

/**
 * A datatype built when first used: most of a large schema's types (and their regular
 * expressions) are never needed by one run.
 */
function lazyDatatype(spec: DatatypeSpec): Datatype {
  let real: Datatype | undefined;
  const get = () => (real ??= createDatatype(spec.library, spec.type, spec.params));
  return {
    get description() {
      return get().description;
    },
    get contextual() {
      return get().contextual;
    },
    parse: (text: string, resolve?: PrefixResolver): ParseResult => get().parse(text, resolve),
  };
}
