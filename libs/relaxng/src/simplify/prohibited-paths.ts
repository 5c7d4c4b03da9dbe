import { SchemaError, SchemaErrorCode } from '../errors.js';
import type { Pattern, ResolvedGrammar, SourceLocation } from '../ir.js';
import { childrenOf } from './walk.js';

interface Where {
  readonly attribute: boolean;
  readonly oneOrMore: boolean;
  /** Inside a group or interleave that is itself inside oneOrMore. */
  readonly repeatedGroup: boolean;
  readonly list: boolean;
  readonly dataExcept: boolean;
  readonly start: boolean;
}

const TOP: Where = { attribute: false, oneOrMore: false, repeatedGroup: false, list: false, dataExcept: false, start: false };

/** Spec 7.1: patterns that may not appear below certain others in the simplified grammar. */
export function checkProhibitedPaths(g: ResolvedGrammar): void {
  const done = new Map<Pattern, Set<number>>();
  const visit = (p: Pattern, w: Where, near: SourceLocation | undefined): void => {
    // Shared sub-patterns are checked once per distinct context.
    const bits = +w.attribute | (+w.oneOrMore << 1) | (+w.repeatedGroup << 2) | (+w.list << 3) | (+w.dataExcept << 4) | (+w.start << 5);
    let contexts = done.get(p);
    if (!contexts) done.set(p, (contexts = new Set()));
    if (contexts.has(bits)) return;
    contexts.add(bits);
    check(p, w, near, visit);
  };
  visit(g.start, { ...TOP, start: true }, undefined);
  for (const d of g.defines.values()) {
    const el = d.pattern;
    if (el.kind === 'element') visit(el.content, TOP, el.source ?? d.source);
  }
}

type Visit = (p: Pattern, w: Where, near: SourceLocation | undefined) => void;

function check(p: Pattern, w: Where, near: SourceLocation | undefined, visit: Visit): void {
  const here = p.source ?? near;
  const refuse = (path: string): never => {
    throw new SchemaError(SchemaErrorCode.ProhibitedPath, `${path} is not allowed (RELAX NG section 7.1)`, here);
  };
  const k = p.kind;
  if (k === 'attribute' && w.attribute) refuse('an attribute inside an attribute');
  if (k === 'attribute' && w.repeatedGroup) refuse('an attribute in a group or interleave inside oneOrMore');
  if (k === 'ref' && w.attribute) refuse('an element inside an attribute');
  if (w.list && (k === 'list' || k === 'ref' || k === 'attribute' || k === 'text' || k === 'interleave')) refuse(`${k} inside a list`);
  if (w.dataExcept && k !== 'data' && k !== 'value' && k !== 'choice') refuse(`${k} inside the except of data`);
  if (w.start && k !== 'ref' && k !== 'choice' && k !== 'notAllowed') refuse(`${k} in start`);
  const next: Where = {
    attribute: w.attribute || k === 'attribute',
    oneOrMore: w.oneOrMore || k === 'oneOrMore',
    repeatedGroup: w.repeatedGroup || (w.oneOrMore && (k === 'group' || k === 'interleave')),
    list: w.list || k === 'list',
    dataExcept: w.dataExcept,
    start: w.start,
  };
  if (p.kind === 'data' && p.except) {
    visit(p.except, { ...next, dataExcept: true }, here);
    return;
  }
  for (const c of childrenOf(p)) visit(c, next, here);
}
