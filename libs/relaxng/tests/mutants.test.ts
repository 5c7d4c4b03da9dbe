import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { libvirtCorpusDir, libvirtSchemaDir, makeMutants, readCorpusJson, runXmllint, type DomainManifestEntry } from '@virtkit/testkit';
import { parseXml } from '@virtkit/xml';
import { afterAll, describe, expect, test } from 'vitest';
import { compileSchema } from '../src/index.js';

const corpus = libvirtCorpusDir();
const schemas = libvirtSchemaDir();
/** Every STRIDE-th valid corpus document is mutated MUTANTS_PER_DOC times. */
const STRIDE = 25;
const MUTANTS_PER_DOC = 4;

describe('mutant generator', () => {
  const text = '<domain type="kvm"><name>a</name><devices><disk type="file"><target dev="vda"/></disk></devices></domain>';
  test('is deterministic and keeps documents well-formed', () => {
    const a = makeMutants(text, { seed: 7, count: 20 });
    expect(makeMutants(text, { seed: 7, count: 20 })).toEqual(a);
    expect(makeMutants(text, { seed: 8, count: 20 })).not.toEqual(a);
    expect(new Set(a.map((m) => m.kind)).size).toBeGreaterThan(4);
    for (const m of a) {
      expect(m.text).not.toBe(text);
      expect(() => parseXml(m.text), m.description).not.toThrow();
    }
  });
});

describe.skipIf(!corpus || !schemas)('agreement with xmllint on mutants of the libvirt corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'virtkit-mutants-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('our verdict equals xmllint\'s for every mutant', async () => {
    const schemaFile = join(schemas!, 'domain.rng');
    const manifest = readCorpusJson<DomainManifestEntry[]>(corpus!, 'domain/manifest.json').filter((e) => e.valid);
    const mutants: { file: string; source: string; description: string; text: string }[] = [];
    manifest.forEach((entry, index) => {
      if (index % STRIDE !== 0) return;
      const text = readFileSync(join(corpus!, entry.file), 'utf8');
      for (const m of makeMutants(text, { seed: index + 1, count: MUTANTS_PER_DOC })) {
        const file = join(dir, `m${mutants.length}.xml`);
        writeFileSync(file, m.text);
        mutants.push({ file, source: entry.file, description: m.description, text: m.text });
      }
    });
    expect(mutants.length).toBeGreaterThan(300);
    const theirs = await runXmllint(mutants.map((m) => m.file), { schema: schemaFile });
    const schema = compileSchema(schemaFile);
    const disagreements: string[] = [];
    let invalid = 0;
    for (const m of mutants) {
      const ours = schema.validate(m.text);
      const xmllint = theirs.get(m.file)!;
      if (!xmllint.valid) invalid++;
      if (ours.valid !== xmllint.valid) {
        disagreements.push(`${m.source} + ${m.description}: xmllint ${xmllint.valid ? 'valid' : `invalid (${xmllint.messages[0] ?? ''})`}, ours ${ours.valid ? 'valid' : `invalid (${ours.diagnostics[0]?.message})`}`);
      }
    }
    console.info(`mutants: ${mutants.length}, invalid per xmllint: ${invalid}, disagreements: ${disagreements.length}`);
    // The mutants must exercise both verdicts, or agreement would mean little.
    expect(invalid).toBeGreaterThan(mutants.length / 3);
    expect(invalid).toBeLessThan(mutants.length);
    expect(disagreements).toEqual([]);
  });
});
