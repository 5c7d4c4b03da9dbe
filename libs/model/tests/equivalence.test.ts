import { describe, expect, it } from 'vitest';
import { xmlDifferences } from './helpers/equivalence.js';

describe('the round-trip equivalence check', () => {
  const base = `<domain type='kvm'><name>a</name><devices><disk type='file'/><interface type='user'/></devices></domain>`;

  it('accepts re-indentation, other prefixes and attribute order', () => {
    expect(xmlDifferences(base, `<domain type="kvm">\n  <name>a</name>\n  <devices>\n    <disk type='file'/>\n    <interface type='user'></interface>\n  </devices>\n</domain>\n`)).toEqual([]);
    expect(xmlDifferences(`<d xmlns:q='urn:q'><q:x a='1' b='2'/></d>`, `<d xmlns:z='urn:z' xmlns:qq='urn:q'><qq:x b='2' a='1'/></d>`)).toEqual([]);
  });

  it('reports a missing, changed or extra attribute', () => {
    expect(xmlDifferences(base, base.replace(" type='file'", ''))).toEqual(['/domain/devices[1]/disk[1]: attribute type="file" is missing']);
    expect(xmlDifferences(base, base.replace("'file'", "'block'"))).toEqual(['/domain/devices[1]/disk[1]: attribute type is "block", expected "file"']);
    expect(xmlDifferences(base, base.replace('<disk ', "<disk x='1' "))).toHaveLength(1);
  });

  it('reports reordered, missing and renamed elements', () => {
    expect(xmlDifferences(base, base.replace(`<disk type='file'/><interface type='user'/>`, `<interface type='user'/><disk type='file'/>`))).not.toEqual([]);
    expect(xmlDifferences(base, base.replace(`<interface type='user'/>`, ''))).toEqual(['/domain/devices[1]: missing element <interface> at position 2']);
    expect(xmlDifferences(`<a xmlns:q='urn:q'><q:x/></a>`, `<a xmlns:q='urn:other'><q:x/></a>`)).toHaveLength(1);
  });

  it('reports changed text, but not white space around elements', () => {
    expect(xmlDifferences(base, base.replace('>a<', '>b<'))).toEqual(['/domain/name[1]/text(): text is "b", expected "a"']);
    expect(xmlDifferences(base, base.replace('>a<', '> a<'))).toHaveLength(1);
    expect(xmlDifferences(`<a><b/>x<c/></a>`, `<a>\n  <b/>\n  x\n  <c/>\n</a>`)).toEqual([]);
  });
});
