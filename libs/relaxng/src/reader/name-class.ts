import type { XmlElement } from '@virtkit/xml';
import { SchemaErrorCode } from '../errors.js';
import type { NameClass } from '../ir.js';
import { enter, type ReadContext } from './context.js';
import { checkAttributes, fail, lookupPrefix, QNAME, rngChildren, textContent } from './syntax.js';

const NAME_CLASSES = new Set(['name', 'anyName', 'nsName', 'choice']);

export function isNameClassElement(el: XmlElement): boolean {
  return NAME_CLASSES.has(el.local);
}

/** Resolves a QName of the schema: a prefix through the namespace declarations, else `ns`. */
export function resolveQName(qname: string, ns: string, el: XmlElement, file: string): { ns: string; local: string } {
  if (!QNAME.test(qname)) fail(SchemaErrorCode.BadAttribute, `"${qname}" is not a valid QName`, file, el);
  const colon = qname.indexOf(':');
  if (colon < 0) return { ns, local: qname };
  const prefix = qname.slice(0, colon);
  const uri = lookupPrefix(el, prefix);
  if (uri === undefined) fail(SchemaErrorCode.UnboundPrefix, `namespace prefix "${prefix}" is not declared`, file, el);
  return { ns: uri, local: qname.slice(colon + 1) };
}

type ExceptIn = 'anyName' | 'nsName' | undefined;

/** Reads a name-class element (spec 3), enforcing the `except` nesting rules of spec 4.16. */
export function readNameClass(el: XmlElement, outer: ReadContext, exceptIn: ExceptIn = undefined): NameClass {
  const ctx = enter(outer, el);
  const file = ctx.file;
  switch (el.local) {
    case 'name': {
      checkAttributes(el, [], file);
      const name = resolveQName(textContent(el, file).trim(), ctx.ns, el, file);
      return { kind: 'name', ...name };
    }
    case 'anyName':
    case 'nsName': {
      checkAttributes(el, [], file);
      if (exceptIn === 'anyName' && el.local === 'anyName') fail(SchemaErrorCode.BadNameClass, 'anyName cannot appear inside the except of anyName', file, el);
      if (exceptIn === 'nsName') fail(SchemaErrorCode.BadNameClass, `${el.local} cannot appear inside the except of nsName`, file, el);
      const children = rngChildren(el, file);
      if (children.length > 1 || (children[0] && children[0].local !== 'except')) {
        fail(SchemaErrorCode.BadSyntax, `<${el.local}> can only contain one <except>`, file, el);
      }
      const except = children[0] ? readExcept(children[0], ctx, el.local) : undefined;
      const base = el.local === 'anyName' ? { kind: 'anyName' as const } : { kind: 'nsName' as const, ns: ctx.ns };
      return except ? { ...base, except } : base;
    }
    case 'choice': {
      checkAttributes(el, [], file);
      const options = rngChildren(el, file).map((c) => readNameClassChild(c, ctx, exceptIn));
      if (options.length === 0) fail(SchemaErrorCode.BadSyntax, '<choice> of names needs at least one name class', file, el);
      return { kind: 'choice', options };
    }
    default:
      return fail(SchemaErrorCode.BadSyntax, `<${el.local}> is not a name class`, file, el);
  }
}

function readNameClassChild(el: XmlElement, ctx: ReadContext, exceptIn: ExceptIn): NameClass {
  if (!isNameClassElement(el)) fail(SchemaErrorCode.BadSyntax, `<${el.local}> is not a name class`, ctx.file, el);
  return readNameClass(el, ctx, exceptIn);
}

function readExcept(el: XmlElement, outer: ReadContext, owner: 'anyName' | 'nsName'): NameClass {
  const ctx = enter(outer, el);
  checkAttributes(el, [], ctx.file);
  const options = rngChildren(el, ctx.file).map((c) => readNameClassChild(c, ctx, owner));
  if (options.length === 0) fail(SchemaErrorCode.BadSyntax, '<except> needs at least one name class', ctx.file, el);
  return options.length === 1 ? options[0]! : { kind: 'choice', options };
}
