import { describe, expect, test } from 'vitest';
import { createDatatype, XSD_LIBRARY } from '../src/datatypes/library.js';
import { translateXsdRegex } from '../src/datatypes/xsd-regex.js';

const accepts = (type: string, text: string, params: Record<string, string> = {}) =>
  createDatatype(XSD_LIBRARY, type, Object.entries(params).map(([name, value]) => ({ name, value }))).parse(text).ok;

describe('XSD regular expressions', () => {
  test('anchored, with XML escapes and class subtraction', () => {
    expect(translateXsdRegex('[a-z]+').test('abc')).toBe(true);
    expect(translateXsdRegex('[a-z]+').test('abc1')).toBe(false);
    expect(translateXsdRegex('[a-z-[aeiou]]+').test('bcd')).toBe(true);
    expect(translateXsdRegex('[a-z-[aeiou]]+').test('bad')).toBe(false);
    expect(translateXsdRegex('\\i\\c*').test('my-name.1')).toBe(true);
    expect(translateXsdRegex('\\i\\c*').test('1abc')).toBe(false);
    expect(translateXsdRegex('\\d{2,3}').test('\u0661\u0662')).toBe(true);
    expect(translateXsdRegex('a^b$').test('a^b$')).toBe(true);
    expect(translateXsdRegex('.').test('\n')).toBe(false);
    expect(translateXsdRegex('[^\\s]+').test('a b')).toBe(false);
    expect(translateXsdRegex('(0x)?[0-9a-fA-F]{1,4}').test('0xbeef')).toBe(true);
    expect(() => translateXsdRegex('[a-')).toThrow();
    expect(() => translateXsdRegex('(?:a)')).toThrow();
  });
});

describe('XSD datatypes', () => {
  test('integers and their ranges', () => {
    expect(accepts('unsignedInt', ' 4294967295 ')).toBe(true);
    expect(accepts('unsignedInt', '4294967296')).toBe(false);
    expect(accepts('int', '-2147483649')).toBe(false);
    expect(accepts('positiveInteger', '0')).toBe(false);
    expect(accepts('integer', '1.0')).toBe(false);
  });
  test('facets', () => {
    expect(accepts('integer', '10', { minInclusive: '1', maxInclusive: '10' })).toBe(true);
    expect(accepts('integer', '11', { minInclusive: '1', maxInclusive: '10' })).toBe(false);
    expect(accepts('decimal', '1.25', { fractionDigits: '1' })).toBe(false);
    expect(accepts('decimal', '12.50', { totalDigits: '3' })).toBe(true);
    expect(accepts('string', 'abcd', { maxLength: '3' })).toBe(false);
    expect(accepts('hexBinary', 'abcd', { length: '2' })).toBe(true);
    expect(accepts('token', 'ab', { pattern: '[a-c]+' })).toBe(true);
    expect(accepts('NMTOKENS', 'a b c', { minLength: '3' })).toBe(true);
  });
  test('value equality goes through the value space', () => {
    const dec = createDatatype(XSD_LIBRARY, 'decimal', []);
    const a = dec.parse('1.50');
    const b = dec.parse('+01.5');
    expect(a.ok && b.ok && a.key === b.key).toBe(true);
    const bool = createDatatype(XSD_LIBRARY, 'boolean', []);
    expect(bool.parse('1')).toEqual(bool.parse('true'));
  });
  test('dates, names, binary', () => {
    expect(accepts('date', '2024-02-29')).toBe(true);
    expect(accepts('date', '2023-02-29')).toBe(false);
    expect(accepts('dateTime', '2024-01-01T10:00:00Z')).toBe(true);
    expect(accepts('NCName', 'a:b')).toBe(false);
    expect(accepts('Name', 'a:b')).toBe(true);
    expect(accepts('base64Binary', 'AAEC')).toBe(true);
    expect(accepts('base64Binary', 'AAE')).toBe(false);
    expect(accepts('double', 'INF')).toBe(true);
    expect(accepts('boolean', 'yes')).toBe(false);
  });
  test('bad parameters are refused', () => {
    expect(() => createDatatype(XSD_LIBRARY, 'int', [{ name: 'maxLength', value: '2' }])).toThrow(/does not apply/);
    expect(() => createDatatype(XSD_LIBRARY, 'string', [{ name: 'enumeration', value: 'x' }])).toThrow();
    expect(() => createDatatype(XSD_LIBRARY, 'int', [{ name: 'minInclusive', value: 'x' }])).toThrow();
    expect(() => createDatatype(XSD_LIBRARY, 'string', [{ name: 'pattern', value: '[z-a]' }])).toThrow();
    expect(() => createDatatype('', 'token', [{ name: 'length', value: '1' }])).toThrow();
  });
});
