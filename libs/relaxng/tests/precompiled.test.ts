import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { libvirtCorpusDir, libvirtSchemaDir, readCorpusJson, relaxngSpectestFile, type DomainManifestEntry } from '@virtkit/testkit';
import { afterAll, describe, expect, test } from 'vitest';
import { compileSchema, precompileSchema } from '../src/index.js';
import { grammar, memoryFiles } from './helpers.js';
import { loadSpecSuite } from './spectest/load-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'virtkit-precompiled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let written = 0;
/** Writes a precompiled entry to a file and returns its path. */
const store = (text: string) => {
  const path = join(dir, `${written++}.json`);
  writeFileSync(path, text);
  return path;
};

describe('precompiled schemas', () => {
  const files: Record<string, string> = {
    '/s/main.rng': grammar('<include href="lib/body.rng"/><start><element name="a"><ref name="body"/></element></start>'),
    '/s/lib/body.rng': grammar('<define name="body"><element name="b"><data type="int" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"/></element></define>'),
  };

  test('an entry is used while the schema files hash as they did, and ignored once one changes', () => {
    const entry = JSON.parse(precompileSchema('/s/main.rng', { readFile: memoryFiles(files) }));
    expect(entry.files.map((f: { path: string }) => f.path).sort()).toEqual(['lib/body.rng', 'main.rng']);
    // Rename <b> inside the entry alone: only a schema read from the entry accepts <c>.
    const renamed = JSON.stringify(entry).replace('"local":"b"', '"local":"c"');
    const path = store(renamed);
    const fromEntry = compileSchema('/s/main.rng', { readFile: memoryFiles(files), precompiled: path });
    expect(fromEntry.validate('<a><c>1</c></a>').valid).toBe(true);

    const changed = { ...files, '/s/lib/body.rng': files['/s/lib/body.rng']!.replace('type="int"', 'type="string"') };
    const recompiled = compileSchema('/s/main.rng', { readFile: memoryFiles(changed), precompiled: path });
    expect(recompiled.validate('<a><c>1</c></a>').valid).toBe(false);
    expect(recompiled.validate('<a><b>x</b></a>').valid).toBe(true);
  });

  test('a missing or corrupt entry means compiling as usual', () => {
    const missing = compileSchema('/s/main.rng', { readFile: memoryFiles(files), precompiled: join(dir, 'none.json') });
    expect(missing.validate('<a><b>7</b></a>').valid).toBe(true);
    const corrupt = compileSchema('/s/main.rng', { readFile: memoryFiles(files), precompiled: store('{"format":') });
    expect(corrupt.validate('<a><b>x</b></a>').valid).toBe(false);
  });
});

const spectest = relaxngSpectestFile();
describe.skipIf(!spectest)('a precompiled schema validates exactly as the compiled one', () => {
  test('every correct schema of the RELAX NG spectest, on every instance', () => {
    let compared = 0;
    for (const c of loadSpecSuite(spectest!)) {
      if (!c.correct) continue;
      const base = `/spectest/${c.id}`;
      const texts: Record<string, string> = { [`${base}/schema.rng`]: c.schema };
      for (const [path, text] of Object.entries(c.resources)) texts[`${base}/${path}`] = text;
      const options = { readFile: memoryFiles(texts) };
      const direct = compileSchema(`${base}/schema.rng`, options);
      const loaded = compileSchema(`${base}/schema.rng`, { ...options, precompiled: store(precompileSchema(`${base}/schema.rng`, options)) });
      for (const root of [...c.valid, ...c.invalid]) {
        expect(loaded.validate({ root, misc: [] }), `case #${c.id}`).toEqual(direct.validate({ root, misc: [] }));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  const corpus = libvirtCorpusDir();
  const schemas = libvirtSchemaDir();
  test.skipIf(!corpus || !schemas)("libvirt's domain.rng on every domain of the corpus, diagnostics included", () => {
    const file = join(schemas!, 'domain.rng');
    const direct = compileSchema(file);
    const loaded = compileSchema(file, { precompiled: store(precompileSchema(file)) });
    const manifest = readCorpusJson<DomainManifestEntry[]>(corpus!, 'domain/manifest.json');
    for (const entry of manifest) {
      const text = readFileSync(join(corpus!, entry.file), 'utf8');
      expect(loaded.validate(text), entry.file).toEqual(direct.validate(text));
    }
  });
});
