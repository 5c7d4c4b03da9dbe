import type { XmlElement } from '@virtkit/xml';
import { SchemaError, SchemaErrorCode } from '../errors.js';
import { enter, type ReadContext } from './context.js';
import type { SchemaLoader } from './loader.js';
import { readPattern, sequence } from './patterns.js';
import { attr, checkAttributes, documentationOf, fail, locate, NCNAME, requireAttr, rngChildren } from './syntax.js';

/**
 * Components that an `include` replaces (spec 4.7): the included grammar's own start/defines of
 * those names are dropped, and must exist.
 */
export interface Override {
  readonly start: boolean;
  readonly defines: ReadonlySet<string>;
  foundStart: boolean;
  readonly foundDefines: Set<string>;
}

/** Reads the content of a `grammar` element into `ctx.scope`. */
export function readGrammarElement(el: XmlElement, outer: ReadContext, loader: SchemaLoader, overrides: readonly Override[] = []): void {
  const ctx = enter(outer, el);
  checkAttributes(el, [], ctx.file);
  readContent(el, ctx, loader, overrides);
}

function readContent(el: XmlElement, ctx: ReadContext, loader: SchemaLoader, overrides: readonly Override[]): void {
  const { file } = ctx;
  const scope = ctx.scope!;
  for (const child of rngChildren(el, file)) {
    const childCtx = enter(ctx, child);
    switch (child.local) {
      case 'start': {
        checkAttributes(child, ['combine'], file);
        const combine = readCombine(child, file);
        const patterns = rngChildren(child, file);
        if (patterns.length !== 1) fail(SchemaErrorCode.BadSyntax, '<start> must hold exactly one pattern', file, child);
        const replaced = overrides.filter((o) => o.start);
        if (replaced.length) {
          for (const o of replaced) o.foundStart = true;
          break;
        }
        scope.starts.push({ pattern: readPattern(patterns[0]!, childCtx, loader), combine, source: locate(file, child), doc: documentationOf(child) });
        break;
      }
      case 'define': {
        checkAttributes(child, ['name', 'combine'], file);
        const name = requireAttr(child, 'name', file);
        if (!NCNAME.test(name)) fail(SchemaErrorCode.BadAttribute, `"${name}" is not a valid define name`, file, child);
        const combine = readCombine(child, file);
        const patterns = rngChildren(child, file);
        if (patterns.length === 0) fail(SchemaErrorCode.BadSyntax, `<define name="${name}"> needs at least one pattern`, file, child);
        const replaced = overrides.filter((o) => o.defines.has(name));
        if (replaced.length) {
          for (const o of replaced) o.foundDefines.add(name);
          break;
        }
        const pattern = sequence(patterns.map((p) => readPattern(p, childCtx, loader)));
        scope.addDefine(name, { pattern, combine, source: locate(file, child), doc: documentationOf(child) });
        break;
      }
      case 'div':
        checkAttributes(child, [], file);
        readContent(child, childCtx, loader, overrides);
        break;
      case 'include':
        readInclude(child, childCtx, loader, overrides);
        break;
      default:
        fail(SchemaErrorCode.BadSyntax, `<${child.local}> cannot appear in a grammar`, file, child);
    }
  }
}

function readCombine(el: XmlElement, file: string): 'choice' | 'interleave' | undefined {
  const combine = attr(el, 'combine');
  if (combine === undefined || combine === 'choice' || combine === 'interleave') return combine;
  return fail(SchemaErrorCode.BadAttribute, `combine must be "choice" or "interleave", not "${combine}"`, file, el);
}

function readInclude(el: XmlElement, ctx: ReadContext, loader: SchemaLoader, outer: readonly Override[]): void {
  checkAttributes(el, ['href'], ctx.file);
  const where = locate(ctx.file, el);
  const file = loader.resolveHref(requireAttr(el, 'href', ctx.file), ctx.file, el, where);
  const own: Override = { start: false, defines: new Set(), foundStart: false, foundDefines: new Set() };
  collectOverrides(el, ctx.file, own);
  const root = loader.open(file, where);
  if (root.local !== 'grammar') fail(SchemaErrorCode.BadSyntax, `included file must be a <grammar>, not <${root.local}>`, file, root);
  // The included grammar's ns comes from the include's context; its datatypeLibrary does not (4.3, 4.7).
  loader.within(file, () => {
    readGrammarElement(root, { file, ns: ctx.ns, library: '', scope: ctx.scope }, loader, [...outer, own]);
  });
  if (own.start && !own.foundStart) {
    throw new SchemaError(SchemaErrorCode.BadOverride, `<include> replaces the start of "${file}", which has none`, where);
  }
  for (const name of own.defines) {
    if (!own.foundDefines.has(name)) {
      throw new SchemaError(SchemaErrorCode.BadOverride, `<include> replaces define "${name}", which "${file}" does not have`, where);
    }
  }
  // The include's own components then count as if written in a div (spec 4.7).
  readContent(el, ctx, loader, outer);
}

function collectOverrides(el: XmlElement, file: string, into: Override): void {
  for (const child of rngChildren(el, file)) {
    if (child.local === 'start') (into as { start: boolean }).start = true;
    else if (child.local === 'define') (into.defines as Set<string>).add(requireAttr(child, 'name', file));
    else if (child.local === 'div') collectOverrides(child, file, into);
    else fail(SchemaErrorCode.BadSyntax, `<${child.local}> cannot appear in an <include>`, file, child);
  }
}

