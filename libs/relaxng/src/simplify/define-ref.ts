import { SchemaError, SchemaErrorCode } from '../errors.js';
import type { Define, ElementPattern, Pattern, ResolvedGrammar } from '../ir.js';
import { bottomUp, forEachNode, mapChildren } from './walk.js';

/**
 * Spec 4.19: afterwards every define holds exactly one element and every element is the body of a
 * define. Elements elsewhere move into new defines; refs to defines that are not elements are
 * replaced by their (expanded) bodies, which must not loop without passing through an element;
 * unreachable defines are dropped.
 */
export function normalizeDefines(g: ResolvedGrammar): ResolvedGrammar {
  const lifted = new Map<string, Define>();
  let counter = 0;
  const fresh = (el: ElementPattern): string => {
    const base = el.name.kind === 'name' ? el.name.local : 'element';
    let name: string;
    do name = `${base}#${++counter}`; while (g.defines.has(name) || lifted.has(name));
    return name;
  };

  // Lift every element that is not a define's body into a define of its own.
  const lift = (p: Pattern, isBody: boolean): Pattern => {
    const mapped = mapChildren(p, (c) => lift(c, false));
    if (mapped.kind !== 'element' || isBody) return mapped;
    const name = fresh(mapped);
    lifted.set(name, { name, pattern: mapped, ...(mapped.source ? { source: mapped.source } : {}) });
    return { kind: 'ref', name, ...(mapped.source ? { source: mapped.source } : {}) };
  };
  const all = new Map<string, Define>();
  for (const [name, d] of g.defines) all.set(name, { ...d, pattern: lift(d.pattern, true) });
  const start = lift(g.start, false);
  for (const [name, d] of lifted) all.set(name, d);

  // Expand refs to non-element defines.
  const expanded = new Map<string, Pattern>();
  const expanding = new Set<string>();
  const expandMemo = new Map<Pattern, Pattern>();
  const expand = (p: Pattern): Pattern => bottomUp(p, (q) => {
    if (q.kind !== 'ref') return q;
    const target = all.get(q.name)!;
    if (target.pattern.kind === 'element') return q;
    const done = expanded.get(q.name);
    if (done) return done;
    if (expanding.has(q.name)) {
      throw new SchemaError(SchemaErrorCode.IllegalRecursion, `define "${q.name}" refers to itself without an element in between`, q.source ?? target.source);
    }
    expanding.add(q.name);
    const body = expand(target.pattern);
    expanding.delete(q.name);
    expanded.set(q.name, body);
    return body;
  }, expandMemo);

  const newStart = expand(start);
  const defines = new Map<string, Define>();
  const queue: string[] = [];
  const seen = new Set<Pattern>();
  const reach = (p: Pattern): void => {
    forEachNode(p, (q) => {
      if (q.kind === 'ref' && !defines.has(q.name)) {
        defines.set(q.name, all.get(q.name)!); // placeholder, replaced below
        queue.push(q.name);
      }
    }, seen);
  };
  reach(newStart);
  while (queue.length) {
    const name = queue.shift()!;
    const d = all.get(name)!;
    const el = d.pattern as ElementPattern;
    const body: ElementPattern = { ...el, content: expand(el.content) };
    defines.set(name, { ...d, pattern: body });
    reach(body.content);
  }
  return { ...g, start: newStart, defines };
}

/** Drops defines no longer reachable from start (after notAllowed/empty propagation). */
export function dropUnreachable(g: ResolvedGrammar): ResolvedGrammar {
  const defines = new Map<string, Define>();
  const seen = new Set<Pattern>();
  const visit = (p: Pattern): void => {
    forEachNode(p, (q) => {
      if (q.kind === 'ref' && !defines.has(q.name)) {
        const d = g.defines.get(q.name)!;
        defines.set(q.name, d);
        visit(d.pattern);
      }
    }, seen);
  };
  visit(g.start);
  return { ...g, defines };
}
