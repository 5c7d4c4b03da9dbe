import type { XmlElement } from '@virtkit/xml';
import { SchemaErrorCode } from '../errors.js';
import type { DataParam, NameClass, Pattern } from '../ir.js';
import { XSD_LIBRARY } from '../datatypes/library.js';
import { enter, type ReadContext } from './context.js';
import { readGrammarElement } from './grammar-content.js';
import { GrammarScope } from './grammar-scope.js';
import type { SchemaLoader } from './loader.js';
import { isNameClassElement, readNameClass, resolveQName } from './name-class.js';
import {
  attr, checkAttributes, documentationOf, fail, inScopePrefixes, locate, NCNAME, requireAttr, rngChildren, textContent, XMLNS_NS,
} from './syntax.js';

const WRAPPERS = new Set(['optional', 'zeroOrMore', 'oneOrMore', 'mixed', 'list']);
const COMBINATORS = new Set(['group', 'interleave', 'choice']);

/** Reads one pattern element (spec section 3) into the resolved IR. */
export function readPattern(el: XmlElement, outer: ReadContext, loader: SchemaLoader): Pattern {
  const ctx = enter(outer, el);
  const pattern = readPatternBody(el, ctx, loader);
  // Refs carry their documentation from creation: they must stay the object the scope renames.
  if (pattern.kind === 'ref') return pattern;
  const doc = documentationOf(el);
  // Every pattern knows where it was written, so any later schema error can point at it.
  const source = pattern.source ?? locate(ctx.file, el);
  return { ...pattern, source, ...(doc ? { doc } : {}) };
}

function readPatternBody(el: XmlElement, ctx: ReadContext, loader: SchemaLoader): Pattern {
  const { file } = ctx;
  const source = locate(file, el);
  const local = el.local;
  if (local === 'element' || local === 'attribute') {
    checkAttributes(el, ['name'], file);
    const children = rngChildren(el, file);
    const nameAttr = attr(el, 'name');
    let name: NameClass;
    if (nameAttr !== undefined) {
      // An attribute's unprefixed name is in no namespace unless the attribute itself says otherwise (4.8).
      const ns = local === 'attribute' && attr(el, 'ns') === undefined ? '' : ctx.ns;
      name = { kind: 'name', ...resolveQName(nameAttr, ns, el, file) };
    } else {
      const first = children.shift();
      if (!first || !isNameClassElement(first)) fail(SchemaErrorCode.BadSyntax, `<${local}> needs a name attribute or a name class`, file, el);
      name = readNameClass(first, ctx);
    }
    const content = children.map((c) => readPattern(c, ctx, loader));
    if (local === 'element') {
      if (content.length === 0) fail(SchemaErrorCode.BadSyntax, '<element> needs at least one pattern', file, el);
      return { kind: 'element', name, content: sequence(content), source };
    }
    checkAttributeName(name, ctx, el);
    if (content.length > 1) fail(SchemaErrorCode.BadSyntax, '<attribute> can hold at most one pattern', file, el);
    return { kind: 'attribute', name, content: content[0] ?? { kind: 'text' }, source };
  }
  if (COMBINATORS.has(local) || WRAPPERS.has(local)) {
    checkAttributes(el, [], file);
    const content = rngChildren(el, file).map((c) => readPattern(c, ctx, loader));
    if (content.length === 0) fail(SchemaErrorCode.BadSyntax, `<${local}> needs at least one pattern`, file, el);
    if (COMBINATORS.has(local)) return { kind: local as 'group' | 'interleave' | 'choice', patterns: content };
    return { kind: local as 'optional', content: sequence(content) };
  }
  switch (local) {
    case 'empty':
    case 'text':
    case 'notAllowed':
      checkAttributes(el, [], file);
      if (rngChildren(el, file).length) fail(SchemaErrorCode.BadSyntax, `<${local}> must be empty`, file, el);
      return { kind: local };
    case 'ref':
    case 'parentRef': {
      checkAttributes(el, ['name'], file);
      if (rngChildren(el, file).length) fail(SchemaErrorCode.BadSyntax, `<${local}> must be empty`, file, el);
      const name = requireAttr(el, 'name', file);
      if (!NCNAME.test(name)) fail(SchemaErrorCode.BadAttribute, `"${name}" is not a valid define name`, file, el);
      const scope = local === 'ref' ? ctx.scope : ctx.scope?.parent;
      if (!scope) fail(SchemaErrorCode.UndefinedReference, local === 'ref' ? `<ref name="${name}"> outside of any grammar` : `<parentRef name="${name}"> without a parent grammar`, file, el);
      const doc = documentationOf(el);
      return scope.ref(name, source, doc ? { doc } : {});
    }
    case 'data':
      return readData(el, ctx, loader);
    case 'value': {
      checkAttributes(el, ['type'], file);
      const type = attr(el, 'type');
      const value = textContent(el, file);
      const library = type === undefined ? '' : ctx.library;
      const typeName = type ?? 'token';
      if (!NCNAME.test(typeName)) fail(SchemaErrorCode.BadAttribute, `"${typeName}" is not a valid datatype name`, file, el);
      // Only QName-like values need the prefixes in scope; most schemas have thousands of values.
      const needsPrefixes = typeName === 'QName' || typeName === 'NOTATION' || library !== '' && library !== XSD_LIBRARY;
      return { kind: 'value', library, type: typeName, value, ns: ctx.ns, source, ...(needsPrefixes ? { prefixes: inScopePrefixes(el) } : {}) };
    }
    case 'externalRef':
      return readExternalRef(el, ctx, loader);
    case 'grammar': {
      const scope = new GrammarScope(ctx.scope, source);
      readGrammarElement(el, { ...ctx, scope }, loader);
      return scope.start();
    }
    default:
      return fail(SchemaErrorCode.BadSyntax, `<${local}> is not a pattern`, file, el);
  }
}

/** Several patterns where one is expected form a group (spec 4.12). */
export function sequence(patterns: Pattern[]): Pattern {
  return patterns.length === 1 ? patterns[0]! : { kind: 'group', patterns };
}

function checkAttributeName(name: NameClass, ctx: ReadContext, el: XmlElement): void {
  // Spec 4.16 is syntactic: no name (even in an except) may be xmlns or in the xmlns namespace.
  const visit = (nc: NameClass): void => {
    if ((nc.kind === 'name' && ((nc.ns === '' && nc.local === 'xmlns') || nc.ns === XMLNS_NS)) || (nc.kind === 'nsName' && nc.ns === XMLNS_NS)) {
      fail(SchemaErrorCode.BadNameClass, 'an attribute cannot be named xmlns or be in the xmlns namespace', ctx.file, el);
    }
    if (nc.kind === 'choice') nc.options.forEach(visit);
    else if (nc.kind !== 'name' && nc.except) visit(nc.except);
  };
  visit(name);
}

function readData(el: XmlElement, ctx: ReadContext, loader: SchemaLoader): Pattern {
  const { file } = ctx;
  checkAttributes(el, ['type'], file);
  const type = requireAttr(el, 'type', file);
  if (!NCNAME.test(type)) fail(SchemaErrorCode.BadAttribute, `"${type}" is not a valid datatype name`, file, el);
  const params: DataParam[] = [];
  let except: Pattern | undefined;
  for (const child of rngChildren(el, file)) {
    if (except) fail(SchemaErrorCode.BadSyntax, '<except> must be the last child of <data>', file, child);
    if (child.local === 'param') {
      checkAttributes(child, ['name'], file);
      const name = requireAttr(child, 'name', file);
      if (!NCNAME.test(name)) fail(SchemaErrorCode.BadAttribute, `"${name}" is not a valid parameter name`, file, child);
      params.push({ name, value: textContent(child, file) });
    } else if (child.local === 'except') {
      const exceptCtx = enter(ctx, child);
      checkAttributes(child, [], file);
      const options = rngChildren(child, file).map((c) => readPattern(c, exceptCtx, loader));
      if (options.length === 0) fail(SchemaErrorCode.BadSyntax, '<except> needs at least one pattern', file, child);
      except = options.length === 1 ? options[0]! : { kind: 'choice', patterns: options };
    } else {
      fail(SchemaErrorCode.BadSyntax, `<data> cannot contain <${child.local}>`, file, child);
    }
  }
  return { kind: 'data', library: ctx.library, type, params, source: locate(file, el), ...(except ? { except } : {}) };
}

function readExternalRef(el: XmlElement, ctx: ReadContext, loader: SchemaLoader): Pattern {
  checkAttributes(el, ['href'], ctx.file);
  if (rngChildren(el, ctx.file).length) fail(SchemaErrorCode.BadSyntax, '<externalRef> must be empty', ctx.file, el);
  const where = locate(ctx.file, el);
  const file = loader.resolveHref(requireAttr(el, 'href', ctx.file), ctx.file, el, where);
  const root = loader.open(file, where);
  // The referenced file keeps the `ns` in scope at the externalRef, but not its datatypeLibrary (4.6).
  return loader.within(file, () => readPattern(root, { file, ns: ctx.ns, library: '', scope: ctx.scope }, loader));
}
