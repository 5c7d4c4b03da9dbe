import { describe, expect, test } from 'vitest';
import { readGrammar, SchemaErrorCode, simplifyGrammar, type Pattern } from '../src/index.js';
import { grammar, memoryFiles, schemaErrorOf, XSD } from './helpers.js';

const simplify = (body: string) => simplifyGrammar(readGrammar('/s/main.rng', { readFile: memoryFiles({ '/s/main.rng': grammar(body, `datatypeLibrary="${XSD}"`) }) }));

const kinds = (p: Pattern): string => {
  switch (p.kind) {
    case 'group': case 'interleave': case 'choice': return `${p.kind}(${p.patterns.map(kinds).join(',')})`;
    case 'oneOrMore': case 'list': case 'attribute': return `${p.kind}(${kinds(p.content)})`;
    case 'ref': return 'ref';
    default: return p.kind;
  }
};

describe('simplifyGrammar', () => {
  test('optional, zeroOrMore and mixed become choice/oneOrMore/interleave; every define holds one element', () => {
    const g = simplify(`<start><element name="a"><optional><attribute name="x"/></optional><zeroOrMore><element name="b"><empty/></element></zeroOrMore><mixed><element name="c"><empty/></element></mixed></element></start>`);
    expect(kinds(g.start)).toBe('ref');
    const defines = [...g.defines.values()];
    expect(defines.map((d) => d.pattern.kind)).toEqual(['element', 'element', 'element']);
    const a = defines.find((d) => d.pattern.kind === 'element' && d.pattern.name.kind === 'name' && d.pattern.name.local === 'a')!;
    expect(kinds((a.pattern as Extract<Pattern, { kind: 'element' }>).content)).toBe('group(choice(attribute(text),empty),choice(oneOrMore(ref),empty),interleave(ref,text))');
  });

  test('refs to non-element defines are expanded; unreachable defines disappear; notAllowed and empty propagate', () => {
    const g = simplify(`<start><element name="a"><ref name="body"/></element></start>
      <define name="body"><group><empty/><choice><notAllowed/><text/></choice></group></define>
      <define name="unused"><element name="z"><empty/></element></define>`);
    expect(g.defines.size).toBe(1);
    const a = [...g.defines.values()][0]!.pattern as Extract<Pattern, { kind: 'element' }>;
    expect(a.content).toMatchObject({ kind: 'text' });
  });

  test('recursion without an element in between is refused', () => {
    const err = schemaErrorOf(() => simplify('<start><element name="a"><ref name="x"/></element></start><define name="x"><choice><text/><ref name="x"/></choice></define>'));
    expect(err.code).toBe(SchemaErrorCode.IllegalRecursion);
  });

  test('section 7 restrictions', () => {
    const cases: [string, number][] = [
      ['<start><attribute name="a"/></start>', SchemaErrorCode.ProhibitedPath],
      ['<start><element name="a"><attribute name="x"><attribute name="y"/></attribute></element></start>', SchemaErrorCode.ProhibitedPath],
      ['<start><element name="a"><list><list><data type="int"/></list></list></element></start>', SchemaErrorCode.ProhibitedPath],
      ['<start><element name="a"><data type="int"/><element name="b"><empty/></element></element></start>', SchemaErrorCode.StringSequence],
      ['<start><element name="a"><attribute name="x"/><attribute name="x"/></element></start>', SchemaErrorCode.DuplicateAttribute],
      ['<start><element name="a"><attribute><anyName/></attribute></element></start>', SchemaErrorCode.DuplicateAttribute],
      ['<start><element name="a"><interleave><element name="b"><empty/></element><element name="b"><text/></element></interleave></element></start>', SchemaErrorCode.BadInterleave],
      ['<start><element name="a"><interleave><text/><text/></interleave></element></start>', SchemaErrorCode.BadInterleave],
      ['<start><element name="a"><data type="int"><param name="maxLength">3</param></data></element></start>', SchemaErrorCode.BadDatatypeParam],
      ['<start><element name="a"><data type="integr"/></element></start>', SchemaErrorCode.UnknownDatatype],
      ['<start><element name="a"><value type="int">x</value></element></start>', SchemaErrorCode.BadValue],
    ];
    for (const [body, code] of cases) expect({ body, code: schemaErrorOf(() => simplify(body)).code }).toEqual({ body, code });
  });
});
