// The streaming verdict (no tree) must be the tree validator's verdict on every document: the
// valid ones are settled by it alone, so any difference would be a wrong answer or a lost error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libvirtCorpusDir, libvirtSchemaDir, makeMutants, readCorpusJson, relaxngSpectestFile, type DomainManifestEntry } from '@virtkit/testkit';
import { parseXml, scanXml } from '@virtkit/xml';
import { describe, expect, test } from 'vitest';
import { compileGrammar } from '../src/engine/compile.js';
import { Derivatives } from '../src/engine/derivatives.js';
import { Invalid, StreamChecker } from '../src/engine/stream-check.js';
import { DocumentValidator } from '../src/engine/validator.js';
import { readGrammar, simplifyGrammar, type ReadGrammarOptions } from '../src/index.js';
import { grammar, memoryFiles, XSD } from './helpers.js';
import { caseFiles, loadSpecSuite } from './spectest/load-suite.js';
import { serialize } from './spectest/serialize.js';

/** Both verdicts on one text, from one compiled grammar (so memo tables are shared as in real use). */
function verdicts(file: string, options: ReadGrammarOptions = {}) {
  const g = compileGrammar(simplifyGrammar(readGrammar(file, options)));
  const d = new Derivatives(g.factory);
  const checker = new StreamChecker(g, d);
  const names = { elements: new Set<string>(), attributes: new Set<string>() };
  return (text: string) => {
    checker.reset(text);
    let stream = true;
    try {
      scanXml(text, checker);
    } catch (err) {
      if (!(err instanceof Invalid)) throw err;
      stream = false;
    }
    const tree = new DocumentValidator(g, d, Number.MAX_SAFE_INTEGER, () => names);
    tree.run(parseXml(text).root);
    return { stream, tree: tree.diagnostics.length === 0 };
  };
}

describe('streaming verdict', () => {
  test('text around comments and CDATA, white space, mixed content, QName values', () => {
    const check = verdicts('/s/t.rng', {
      readFile: memoryFiles({
        '/s/t.rng': grammar(`<start><element name="r">
          <optional><element name="n"><data type="int"/></element></optional>
          <optional><element name="m"><mixed><zeroOrMore><element name="b"><empty/></element></zeroOrMore></mixed></element></optional>
          <optional><element name="q"><data type="QName"/></element></optional>
          <optional><element name="e"><empty/></element></optional>
          <optional><element name="l"><list><oneOrMore><value>a</value></oneOrMore></list></element></optional>
        </element></start>`, `datatypeLibrary="${XSD}"`),
      }),
    });
    const cases: [string, boolean][] = [
      ['<r><n>1<!-- c -->2</n></r>', true],
      ['<r><n>1<![CDATA[2]]></n></r>', true],
      ['<r><n> 1 </n></r>', true],
      ['<r><n>1 2</n></r>', false],
      ['<r>\n  <n>3</n>\n</r>', true],
      ['<r>x<n>3</n></r>', false],
      ['<r><m>a<b/>b<b/>c</m></r>', true],
      ['<r><m><b>x</b></m></r>', false],
      ['<r xmlns:p="urn:p"><q>p:x</q></r>', true],
      ['<r><q>p:x</q></r>', false],
      ['<r><q xmlns:p="urn:p">p:x</q></r>', true],
      ['<r><e> </e></r>', true],
      ['<r><e>x</e></r>', false],
      ['<r><l> a a </l></r>', true],
      ['<r><l/></r>', false],
      ['<r><n>1</n><n>1</n></r>', false],
      ['<x/>', false],
    ];
    for (const [text, valid] of cases) expect(check(text), text).toEqual({ stream: valid, tree: valid });
  });

  const spectest = relaxngSpectestFile();
  test.skipIf(!spectest)('agrees with the tree validator on every instance of the RELAX NG spectest', () => {
    let compared = 0;
    for (const c of loadSpecSuite(spectest!)) {
      if (!c.correct) continue;
      const { schemaFile, readFile } = caseFiles(c);
      const check = verdicts(schemaFile, { readFile });
      for (const [root, valid] of [...c.valid.map((r) => [r, true] as const), ...c.invalid.map((r) => [r, false] as const)]) {
        const text = serialize(root);
        expect(check(text), `case #${c.id}: ${text}`).toEqual({ stream: valid, tree: valid });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  const corpus = libvirtCorpusDir();
  const schemas = libvirtSchemaDir();
  test.skipIf(!corpus || !schemas)("agrees on libvirt's domain corpus and on mutants of it", () => {
    const check = verdicts(join(schemas!, 'domain.rng'));
    const manifest = readCorpusJson<DomainManifestEntry[]>(corpus!, 'domain/manifest.json');
    let invalid = 0;
    manifest.forEach((entry, index) => {
      const text = readFileSync(join(corpus!, entry.file), 'utf8');
      expect(check(text), entry.file).toEqual({ stream: entry.valid, tree: entry.valid });
      if (index % 10 !== 0) return;
      for (const m of makeMutants(text, { seed: index + 1, count: 3 })) {
        const v = check(m.text);
        expect(v.stream, `${entry.file} + ${m.description}`).toBe(v.tree);
        if (!v.tree) invalid++;
      }
    });
    expect(invalid).toBeGreaterThan(100);
  });
});
