import { canonicalDecimal, isDecimal } from './decimal.js';
import { bad, ok, type ParseResult, type PrefixResolver } from './types.js';

/** How values of a base type are compared and which facets apply (XSD Part 2, 4.1.5). */
export type TypeFamily = 'string' | 'list' | 'decimal' | 'float' | 'boolean' | 'date' | 'duration' | 'binary';

export interface BaseType {
  readonly family: TypeFamily;
  readonly whiteSpace: 'preserve' | 'replace' | 'collapse';
  /** Checks a whitespace-normalized lexical form and returns the key of its value. */
  readonly parse: (text: string, resolve?: PrefixResolver) => ParseResult;
  /** Octets for binary types, items for lists, characters otherwise. */
  readonly length?: (text: string) => number;
  /** Float/double: keys compare as numbers. */
  readonly numeric?: boolean;
  /** Values depend on the namespace declarations in scope. */
  readonly contextual?: boolean;
}

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const NC_START = NAME_START.slice(1);
const NC_CHAR = NAME_CHAR.slice(1);
export const NAME = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*$`, 'u');
export const NCNAME = new RegExp(`^[${NC_START}][${NC_CHAR}]*$`, 'u');
const NMTOKEN = new RegExp(`^[${NAME_CHAR}]+$`, 'u');
const QNAME = new RegExp(`^(?:[${NC_START}][${NC_CHAR}]*:)?[${NC_START}][${NC_CHAR}]*$`, 'u');

const lexical = (re: RegExp, what: string) => (text: string): ParseResult => (re.test(text) ? ok(text) : bad(`not a valid ${what}`));
const chars = (text: string) => Array.from(text).length;

const stringType = (whiteSpace: BaseType['whiteSpace'], re?: RegExp, what = ''): BaseType => ({
  family: 'string', whiteSpace, parse: re ? lexical(re, what) : ok, length: chars,
});

const listOf = (item: RegExp, what: string): BaseType => ({
  family: 'list',
  whiteSpace: 'collapse',
  parse: (text) => {
    if (text === '') return bad(`an empty list is not a valid ${what}`);
    for (const part of text.split(' ')) if (!item.test(part)) return bad(`"${part}" is not a valid item of ${what}`);
    return ok(text);
  },
  length: (text) => (text === '' ? 0 : text.split(' ').length),
});

function integerType(min?: string, max?: string): BaseType {
  const lo = min === undefined ? undefined : BigInt(min);
  const hi = max === undefined ? undefined : BigInt(max);
  return {
    family: 'decimal',
    whiteSpace: 'collapse',
    parse: (text) => {
      if (!/^[+-]?\d+$/.test(text)) return bad('not an integer');
      const n = BigInt(text);
      if (lo !== undefined && n < lo) return bad(`below the minimum ${min}`);
      if (hi !== undefined && n > hi) return bad(`above the maximum ${max}`);
      return ok(canonicalDecimal(text));
    },
  };
}

const FLOAT = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|INF|-INF|NaN)$/;
const floatType = (single: boolean): BaseType => ({
  family: 'float',
  whiteSpace: 'collapse',
  numeric: true,
  parse: (text) => {
    if (!FLOAT.test(text)) return bad(`not a valid ${single ? 'float' : 'double'}`);
    const n = text === 'INF' ? Infinity : text === '-INF' ? -Infinity : Number(text);
    return ok(String(single ? Math.fround(n) : n));
  },
});

const TZ = '(Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?';
const YEAR = '(-?(?:[1-9]\\d{4,}|\\d{4}))';
const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12]\\d|3[01])';
const TIME = '((?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?|24:00:00(?:\\.0+)?)';

function dateType(body: string, hasYearMonthDay: 'ymd' | 'md' | false): BaseType {
  const re = new RegExp(`^${body}${TZ}$`);
  return {
    family: 'date',
    whiteSpace: 'collapse',
    parse: (text) => {
      const m = re.exec(text);
      if (!m) return bad('not in the required date/time format');
      if (hasYearMonthDay) {
        const year = hasYearMonthDay === 'ymd' ? Number(m[1]) : 2000;
        const month = Number(m[hasYearMonthDay === 'ymd' ? 2 : 1]);
        const day = Number(m[hasYearMonthDay === 'ymd' ? 3 : 2]);
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
        if (day > days) return bad(`day ${day} does not exist in month ${month}`);
      }
      return ok(text.replace(/\+00:00$|-00:00$/, 'Z').replace(/(\.\d*?)0+(?=$|Z|[+-])/, '$1').replace(/\.(?=$|Z|[+-])/, ''));
    },
  };
}

const DURATION = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const decimalType: BaseType = {
  family: 'decimal',
  whiteSpace: 'collapse',
  parse: (text) => (isDecimal(text) ? ok(canonicalDecimal(text)) : bad('not a decimal number')),
};

function qnameType(what: string): BaseType {
  return {
    family: 'string',
    whiteSpace: 'collapse',
    contextual: true,
    parse: (text, resolve) => {
      if (!QNAME.test(text)) return bad(`not a valid ${what}`);
      const colon = text.indexOf(':');
      const prefix = colon < 0 ? '' : text.slice(0, colon);
      const uri = resolve?.(prefix) ?? (prefix === '' ? '' : undefined);
      if (uri === undefined) return bad(`prefix "${prefix}" is not declared`);
      return ok(`{${uri}}${text.slice(colon + 1)}`);
    },
  };
}

/** XML Schema Part 2 built-in datatypes by local name. */
export const XSD_TYPES: ReadonlyMap<string, BaseType> = new Map<string, BaseType>([
  ['string', stringType('preserve')],
  ['normalizedString', stringType('replace')],
  ['token', stringType('collapse')],
  ['language', stringType('collapse', /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/, 'language tag')],
  ['Name', stringType('collapse', NAME, 'XML name')],
  ['NCName', stringType('collapse', NCNAME, 'NCName (XML name without colon)')],
  ['ID', stringType('collapse', NCNAME, 'ID (XML name without colon)')],
  ['IDREF', stringType('collapse', NCNAME, 'IDREF (XML name without colon)')],
  ['ENTITY', stringType('collapse', NCNAME, 'ENTITY name')],
  ['NMTOKEN', stringType('collapse', NMTOKEN, 'NMTOKEN')],
  ['NMTOKENS', listOf(NMTOKEN, 'NMTOKENS')],
  ['IDREFS', listOf(NCNAME, 'IDREFS')],
  ['ENTITIES', listOf(NCNAME, 'ENTITIES')],
  ['anyURI', stringType('collapse')],
  ['QName', qnameType('QName')],
  ['NOTATION', qnameType('NOTATION')],
  ['boolean', { family: 'boolean', whiteSpace: 'collapse', parse: (t) => (/^(true|1)$/.test(t) ? ok('true') : /^(false|0)$/.test(t) ? ok('false') : bad('not a boolean (true, false, 1 or 0)')) }],
  ['decimal', decimalType],
  ['integer', integerType()],
  ['nonPositiveInteger', integerType(undefined, '0')],
  ['negativeInteger', integerType(undefined, '-1')],
  ['nonNegativeInteger', integerType('0')],
  ['positiveInteger', integerType('1')],
  ['long', integerType('-9223372036854775808', '9223372036854775807')],
  ['int', integerType('-2147483648', '2147483647')],
  ['short', integerType('-32768', '32767')],
  ['byte', integerType('-128', '127')],
  ['unsignedLong', integerType('0', '18446744073709551615')],
  ['unsignedInt', integerType('0', '4294967295')],
  ['unsignedShort', integerType('0', '65535')],
  ['unsignedByte', integerType('0', '255')],
  ['float', floatType(true)],
  ['double', floatType(false)],
  ['duration', { family: 'duration', whiteSpace: 'collapse', parse: lexical(DURATION, 'duration') }],
  ['dateTime', dateType(`${YEAR}-${MONTH}-${DAY}T${TIME}`, 'ymd')],
  ['date', dateType(`${YEAR}-${MONTH}-${DAY}`, 'ymd')],
  ['time', dateType(TIME, false)],
  ['gYearMonth', dateType(`${YEAR}-${MONTH}`, false)],
  ['gYear', dateType(YEAR, false)],
  ['gMonthDay', dateType(`--${MONTH}-${DAY}`, 'md')],
  ['gDay', dateType(`---${DAY}`, false)],
  ['gMonth', dateType(`--${MONTH}`, false)],
  ['hexBinary', { family: 'binary', whiteSpace: 'collapse', parse: (t) => (HEX.test(t) ? ok(t.toUpperCase()) : bad('not hexadecimal octets')), length: (t) => t.length / 2 }],
  ['base64Binary', {
    family: 'binary',
    whiteSpace: 'collapse',
    parse: (t) => {
      const packed = t.replace(/ /g, '');
      return BASE64.test(packed) ? ok(packed) : bad('not base64 data');
    },
    length: (t) => {
      const packed = t.replace(/ /g, '');
      return (packed.length / 4) * 3 - (packed.endsWith('==') ? 2 : packed.endsWith('=') ? 1 : 0);
    },
  }],
]);

/** Applies an XSD whiteSpace facet. */
export function normalizeSpace(text: string, mode: BaseType['whiteSpace']): string {
  if (mode === 'preserve' || !/[\t\n\r]|  |^ | $/.test(text)) return text;
  const replaced = text.replace(/[\t\n\r]/g, ' ');
  return mode === 'replace' ? replaced : replaced.replace(/ +/g, ' ').replace(/^ | $/g, '');
}
