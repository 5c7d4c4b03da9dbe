import type { DataParam } from '../ir.js';
import { buildFacets } from './facets.js';
import { bad, DatatypeError, ok, type Datatype, type ParseResult, type PrefixResolver } from './types.js';
import { normalizeSpace, XSD_TYPES } from './xsd-types.js';

export const XSD_LIBRARY = 'http://www.w3.org/2001/XMLSchema-datatypes';

/** The RELAX NG built-in library (spec 6.2.9): `string` compares as is, `token` after collapsing spaces. */
function builtin(type: string, params: readonly DataParam[]): Datatype {
  if (type !== 'string' && type !== 'token') throw new DatatypeError(`the built-in datatype library has no type "${type}" (only string and token)`, 'unknown');
  if (params.length) throw new DatatypeError(`the built-in type ${type} takes no parameters`, 'param');
  return type === 'string'
    ? { description: 'string', parse: ok }
    : { description: 'token', parse: (text) => ok(normalizeSpace(text, 'collapse')) };
}

function xsd(type: string, params: readonly DataParam[]): Datatype {
  const base = XSD_TYPES.get(type);
  if (!base) throw new DatatypeError(`XML Schema has no datatype "${type}"`, 'unknown');
  const facets = buildFacets(type, base, params);
  return {
    description: describe(type, params),
    ...(base.contextual ? { contextual: true } : {}),
    parse(text: string, resolve?: PrefixResolver): ParseResult {
      const lexical = normalizeSpace(text, base.whiteSpace);
      const parsed = base.parse(lexical, resolve);
      if (!parsed.ok) return parsed;
      for (const facet of facets) {
        const reason = facet(lexical, parsed.key);
        if (reason) return bad(reason);
      }
      return parsed;
    },
  };
}

/** Reads like "int from 0 to 255", "string matching [a-z]+", "token of length 1 to 8". */
function describe(type: string, params: readonly DataParam[]): string {
  const get = (name: string) => params.find((p) => p.name === name)?.value.trim();
  const parts: string[] = [];
  const lo = get('minInclusive');
  const hi = get('maxInclusive');
  if (lo !== undefined && hi !== undefined) parts.push(`from ${lo} to ${hi}`);
  else if (lo !== undefined) parts.push(`>= ${lo}`);
  else if (hi !== undefined) parts.push(`<= ${hi}`);
  if (get('minExclusive') !== undefined) parts.push(`> ${get('minExclusive')}`);
  if (get('maxExclusive') !== undefined) parts.push(`< ${get('maxExclusive')}`);
  const len = get('length');
  const minLen = get('minLength');
  const maxLen = get('maxLength');
  if (len !== undefined) parts.push(`of length ${len}`);
  else if (minLen !== undefined && maxLen !== undefined) parts.push(`of length ${minLen} to ${maxLen}`);
  else if (minLen !== undefined) parts.push(`of length >= ${minLen}`);
  else if (maxLen !== undefined) parts.push(`of length <= ${maxLen}`);
  if (get('totalDigits') !== undefined) parts.push(`with at most ${get('totalDigits')} digits`);
  if (get('fractionDigits') !== undefined) parts.push(`with at most ${get('fractionDigits')} fraction digits`);
  const patterns = params.filter((p) => p.name === 'pattern').map((p) => p.value);
  if (patterns.length) parts.push(`matching ${patterns.join(' and ')}`);
  return [type, ...parts].join(' ');
}

/**
 * Creates a datatype of a library with its parameters applied.
 * @throws DatatypeError for an unknown library or type, or a bad parameter.
 */
export function createDatatype(library: string, type: string, params: readonly DataParam[]): Datatype {
  if (library === '') return builtin(type, params);
  if (library === XSD_LIBRARY) return xsd(type, params);
  throw new DatatypeError(`unknown datatype library "${library}"`, 'unknown');
}
