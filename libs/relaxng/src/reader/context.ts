import type { XmlElement } from '@virtkit/xml';
import type { GrammarScope } from './grammar-scope.js';
import { attr, checkDatatypeLibrary } from './syntax.js';

/** What a schema element inherits from its ancestors (spec 4.3 and 4.9). */
export interface ReadContext {
  readonly file: string;
  /** The `ns` attribute in scope. */
  readonly ns: string;
  /** The `datatypeLibrary` attribute in scope. */
  readonly library: string;
  /** The grammar that `ref` resolves against; undefined outside any grammar. */
  readonly scope: GrammarScope | undefined;
}

/** The context of `el`: its own `ns` / `datatypeLibrary` attributes override the inherited ones. */
export function enter(ctx: ReadContext, el: XmlElement): ReadContext {
  const ns = attr(el, 'ns');
  const library = attr(el, 'datatypeLibrary');
  if (ns === undefined && library === undefined) return ctx;
  if (library !== undefined) checkDatatypeLibrary(library, ctx.file, el);
  return { ...ctx, ns: ns ?? ctx.ns, library: library ?? ctx.library };
}
