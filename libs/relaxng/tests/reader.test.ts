import { describe, expect, test } from 'vitest';
import { readGrammar, SchemaErrorCode, type Pattern } from '../src/index.js';
import { grammar, memoryFiles, RNG, schemaErrorOf, XSD } from './helpers.js';

const read = (files: Record<string, string>, main = '/s/main.rng') => readGrammar(main, { readFile: memoryFiles(files) });

describe('readGrammar', () => {
  test('a bare element pattern becomes the start, ns inherited, attribute names in no namespace', () => {
    const g = read({ '/s/main.rng': `<element xmlns="${RNG}" name="foo" ns="urn:x"><attribute name="bar"/></element>` });
    expect(g.start).toMatchObject({
      kind: 'element',
      name: { kind: 'name', ns: 'urn:x', local: 'foo' },
      content: { kind: 'attribute', name: { kind: 'name', ns: '', local: 'bar' }, content: { kind: 'text' } },
      source: { file: '/s/main.rng', line: 1, column: 1 },
    });
  });

  test('prefixed names resolve through namespace declarations, unbound prefixes are refused', () => {
    const g = read({ '/s/main.rng': grammar('<start><element name="q:foo"><empty/></element></start>', 'xmlns:q="urn:q"') });
    expect(g.start).toMatchObject({ name: { ns: 'urn:q', local: 'foo' } });
    expect(g.prefixes.get('q')).toBe('urn:q');
    const err = schemaErrorOf(() => read({ '/s/main.rng': grammar('<start><element name="z:foo"><empty/></element></start>') }));
    expect(err.code).toBe(SchemaErrorCode.UnboundPrefix);
    expect(err.message).toMatch(/^\/s\/main\.rng:1:\d+: namespace prefix "z"/);
  });

  test('datatypeLibrary is inherited and value defaults to the built-in token type', () => {
    const g = read({ '/s/main.rng': grammar('<start><choice><data type="int"/><value>x</value></choice></start>', `datatypeLibrary="${XSD}"`) });
    expect(g.start).toMatchObject({
      kind: 'choice',
      patterns: [{ kind: 'data', library: XSD, type: 'int' }, { kind: 'value', library: '', type: 'token', value: 'x' }],
    });
  });

  test('combine merges defines; documentation is kept; div is transparent', () => {
    const g = read({
      '/s/main.rng': grammar(`
        <start><ref name="a"/></start>
        <define name="a"><a:documentation>First part.</a:documentation><element name="x"><empty/></element></define>
        <div><define name="a" combine="choice"><element name="y"><empty/></element></define></div>`),
    });
    const a = g.defines.get('a')!;
    expect(a.pattern).toMatchObject({ kind: 'choice', patterns: [{ kind: 'element' }, { kind: 'element' }] });
    expect(a.doc).toBe('First part.');
    expect(a.source).toMatchObject({ line: 3 });
  });

  test('documentation is kept on elements, attributes and refs', () => {
    const g = read({
      '/s/main.rng': grammar(`<start><element name="a"><a:documentation>The root.</a:documentation>
        <attribute name="x"><a:documentation>An attribute.</a:documentation></attribute>
        <ref name="b"><a:documentation>Uses b.</a:documentation></ref></element></start>
        <define name="b"><empty/></define>`),
    });
    expect(g.start).toMatchObject({
      doc: 'The root.',
      content: { kind: 'group', patterns: [{ kind: 'attribute', doc: 'An attribute.' }, { kind: 'ref', name: 'b', doc: 'Uses b.' }] },
    });
  });

  test('conflicting combine and double definitions are refused', () => {
    const twice = grammar('<start><ref name="a"/></start><define name="a"><text/></define><define name="a"><empty/></define>');
    expect(schemaErrorOf(() => read({ '/s/main.rng': twice })).code).toBe(SchemaErrorCode.BadCombine);
    const mixed = grammar('<start><ref name="a"/></start><define name="a" combine="choice"><text/></define><define name="a" combine="interleave"><empty/></define>');
    expect(schemaErrorOf(() => read({ '/s/main.rng': mixed })).code).toBe(SchemaErrorCode.BadCombine);
  });

  test('include merges a grammar and lets the includer override its defines', () => {
    const g = read({
      '/s/main.rng': grammar('<include href="lib/common.rng"><define name="b"><text/></define></include>'),
      '/s/lib/common.rng': grammar('<start><ref name="a"/></start><define name="a"><element name="a"><ref name="b"/></element></define><define name="b"><empty/></define>'),
    });
    expect([...g.defines.keys()].sort()).toEqual(['a', 'b']);
    expect(g.defines.get('b')!.pattern).toMatchObject({ kind: 'text', source: { file: '/s/main.rng' } });
    expect(g.defines.get('b')!.source).toMatchObject({ file: '/s/main.rng' });
  });

  test('overriding a define the included grammar lacks is an error', () => {
    const err = schemaErrorOf(() => read({
      '/s/main.rng': grammar('<include href="x.rng"><define name="zz"><text/></define></include>'),
      '/s/x.rng': grammar('<start><element name="a"><empty/></element></start>'),
    }));
    expect(err.code).toBe(SchemaErrorCode.BadOverride);
  });

  test('externalRef is inlined, relative to the referring file, and loops are refused', () => {
    const g = read({
      '/s/main.rng': `<element xmlns="${RNG}" name="a"><externalRef href="sub/b.rng"/></element>`,
      '/s/sub/b.rng': `<element xmlns="${RNG}" name="b"><empty/></element>`,
    });
    expect(g.start).toMatchObject({ content: { kind: 'element', name: { local: 'b' }, source: { file: '/s/sub/b.rng' } } });
    const err = schemaErrorOf(() => read({ '/s/main.rng': grammar('<start><externalRef href="main.rng"/></start>') }));
    expect(err.code).toBe(SchemaErrorCode.RecursiveInclusion);
  });

  test('nested grammars are flattened with renaming; parentRef reaches the outer grammar', () => {
    const g = read({
      '/s/main.rng': grammar(`
        <start><ref name="a"/></start>
        <define name="a"><element name="outer"><grammar>
          <start><ref name="a"/></start>
          <define name="a"><element name="inner"><parentRef name="b"/></element></define>
        </grammar></element></define>
        <define name="b"><text/></define>`),
    });
    expect([...g.defines.keys()].sort()).toEqual(['a', 'a-2', 'b']);
    const outer = g.defines.get('a')!.pattern as Extract<Pattern, { kind: 'element' }>;
    expect(outer.content).toEqual({ kind: 'ref', name: 'a-2', source: expect.anything() });
    expect(g.defines.get('a-2')!.pattern).toMatchObject({ content: { kind: 'ref', name: 'b' } });
  });

  test('syntax errors carry a code and position', () => {
    const cases: [string, number][] = [
      [`<thisIsJunk xmlns="${RNG}"/>`, SchemaErrorCode.BadSyntax],
      [grammar('<start><element name="a"><empty/></element></start><foo/>'), SchemaErrorCode.BadSyntax],
      [grammar('<start><element name="a" bogus="1"><empty/></element></start>'), SchemaErrorCode.BadAttribute],
      [grammar('<start><element name="a"><name>b</name><empty/></element></start>'), SchemaErrorCode.BadSyntax],
      [grammar('<start><ref name="nope"/></start>'), SchemaErrorCode.UndefinedReference],
      [grammar('<define name="a"><empty/></define>'), SchemaErrorCode.MissingStart],
      [grammar('<start><attribute name="xmlns"/></start>'), SchemaErrorCode.BadNameClass],
      [grammar('<start><element><anyName><except><anyName/></except></anyName><empty/></element></start>'), SchemaErrorCode.BadNameClass],
      [grammar('<start><element name="a">text here<empty/></element></start>'), SchemaErrorCode.BadSyntax],
      [grammar('<start><data type="int" datatypeLibrary="relative"/></start>'), SchemaErrorCode.BadAttribute],
      ['<grammar', SchemaErrorCode.NotXml],
    ];
    for (const [text, code] of cases) {
      const err = schemaErrorOf(() => read({ '/s/main.rng': text }));
      expect({ text, code: err.code }).toEqual({ text, code });
      expect(err.line).toBeGreaterThan(0);
    }
  });

  test('foreign elements and attributes are ignored', () => {
    const g = read({ '/s/main.rng': grammar('<start><element name="a" x:note="n" xmlns:x="urn:x"><x:hint><y/></x:hint><empty/></element></start>') });
    expect(g.start).toMatchObject({ kind: 'element', content: { kind: 'empty' } });
  });
});
