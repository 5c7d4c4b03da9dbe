import type { DataParam } from '../ir.js';
import { compareDecimal, decimalDigits } from './decimal.js';
import { DatatypeError, type ParseResult } from './types.js';
import { translateXsdRegex, XsdRegexError } from './xsd-regex.js';
import type { BaseType, TypeFamily } from './xsd-types.js';

/** A facet check on the normalized lexical form and the key of the parsed value. */
export type Facet = (lexical: string, key: string) => string | undefined;

const LENGTH = ['length', 'minLength', 'maxLength'];
const BOUNDS = ['minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive'];
const APPLICABLE: Record<TypeFamily, readonly string[]> = {
  string: [...LENGTH, 'pattern'],
  list: [...LENGTH, 'pattern'],
  binary: [...LENGTH, 'pattern'],
  decimal: ['pattern', 'totalDigits', 'fractionDigits', ...BOUNDS],
  float: ['pattern', ...BOUNDS],
  date: ['pattern', ...BOUNDS],
  duration: ['pattern', ...BOUNDS],
  boolean: ['pattern'],
};

const nonNegative = (name: string, value: string): number => {
  if (!/^\s*\+?\d+\s*$/.test(value)) throw new DatatypeError(`parameter ${name} must be a non-negative integer, not "${value}"`, 'param');
  return Number(value.trim());
};

/**
 * Builds the facet checks of a parameter list (RELAX NG's XSD datatype guidelines: `enumeration`
 * and `whiteSpace` are not parameters; `pattern` may repeat, every other facet may not).
 */
export function buildFacets(typeName: string, base: BaseType, params: readonly DataParam[]): Facet[] {
  const facets: Facet[] = [];
  const seen = new Set<string>();
  const compare = (a: string, b: string) => base.family === 'decimal' ? compareDecimal(a, b) : base.numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0;
  let minLength = 0;
  let maxLength = Infinity;
  for (const { name, value } of params) {
    if (!APPLICABLE[base.family].includes(name)) {
      const known = [...LENGTH, ...BOUNDS, 'pattern', 'totalDigits', 'fractionDigits'].includes(name);
      throw new DatatypeError(known ? `parameter ${name} does not apply to ${typeName}` : `unknown parameter ${name}`, 'param');
    }
    if (name !== 'pattern' && seen.has(name)) throw new DatatypeError(`parameter ${name} is given twice`, 'param');
    seen.add(name);
    const size = base.length ?? ((t: string) => Array.from(t).length);
    switch (name) {
      case 'pattern': {
        let re: RegExp;
        try {
          re = translateXsdRegex(value);
        } catch (err) {
          if (err instanceof XsdRegexError) throw new DatatypeError(`pattern "${value}" is not a valid XML Schema regular expression: ${err.message}`, 'param');
          throw err;
        }
        facets.push((lexical) => (re.test(lexical) ? undefined : `does not match the pattern ${value}`));
        break;
      }
      case 'length': {
        const n = nonNegative(name, value);
        minLength = maxLength = n;
        facets.push((lexical) => (size(lexical) === n ? undefined : `length must be ${n}`));
        break;
      }
      case 'minLength': {
        const n = nonNegative(name, value);
        minLength = n;
        facets.push((lexical) => (size(lexical) >= n ? undefined : `shorter than the minimum length ${n}`));
        break;
      }
      case 'maxLength': {
        const n = nonNegative(name, value);
        maxLength = n;
        facets.push((lexical) => (size(lexical) <= n ? undefined : `longer than the maximum length ${n}`));
        break;
      }
      case 'totalDigits':
      case 'fractionDigits': {
        const n = nonNegative(name, value);
        if (name === 'totalDigits' && n === 0) throw new DatatypeError('parameter totalDigits must be positive', 'param');
        facets.push((_lexical, key) => {
          const digits = decimalDigits(key);
          return (name === 'totalDigits' ? digits.total : digits.fraction) <= n ? undefined : `more than ${n} ${name === 'totalDigits' ? 'digits' : 'fraction digits'}`;
        });
        break;
      }
      default: {
        const parsed: ParseResult = base.parse(value.trim());
        if (!parsed.ok) throw new DatatypeError(`parameter ${name} "${value}" is not a valid ${typeName}: ${parsed.reason}`, 'param');
        const bound = parsed.key;
        const test = {
          minInclusive: (c: number) => c >= 0,
          maxInclusive: (c: number) => c <= 0,
          minExclusive: (c: number) => c > 0,
          maxExclusive: (c: number) => c < 0,
        }[name as 'minInclusive']!;
        const words = { minInclusive: 'at least', maxInclusive: 'at most', minExclusive: 'greater than', maxExclusive: 'less than' }[name as 'minInclusive'];
        facets.push((_lexical, key) => (key !== 'NaN' && test(compare(key, bound)) ? undefined : `must be ${words} ${value.trim()}`));
      }
    }
  }
  if (minLength > maxLength) throw new DatatypeError('minLength is greater than maxLength', 'param');
  return facets;
}
