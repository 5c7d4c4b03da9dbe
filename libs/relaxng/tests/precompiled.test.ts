import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libvirtCorpusDir, libvirtSchemaDir, readCorpusJson, relaxngSpectestFile, type DomainManifestEntry } from '@virtkit/testkit';
import { describe, expect, test } from 'vitest';
import { compileSchema, loadPrecompiledSchema, precompileSchema } from '../src/index.js';
import { grammar, memoryFiles } from './helpers.js';
import { caseFiles, loadSpecSuite } from './spectest/load-suite.js';

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
    const fromEntry = loadPrecompiledSchema('/s/main.rng', renamed, { readFile: memoryFiles(files) });
    expect(fromEntry?.validate('<a><c>1</c></a>').valid).toBe(true);
    expect(fromEntry?.validate('<a><c>x</c></a>').valid).toBe(false);

    const changed = { ...files, '/s/lib/body.rng': files['/s/lib/body.rng']!.replace('type="int"', 'type="string"') };
    expect(loadPrecompiledSchema('/s/main.rng', renamed, { readFile: memoryFiles(changed) })).toBeUndefined();
    const { ['/s/lib/body.rng']: _, ...withoutLib } = files;
    expect(loadPrecompiledSchema('/s/main.rng', renamed, { readFile: memoryFiles(withoutLib) })).toBeUndefined();
  });

  test('a corrupt or foreign entry is not used', () => {
    expect(loadPrecompiledSchema('/s/main.rng', '{"format":', { readFile: memoryFiles(files) })).toBeUndefined();
    expect(loadPrecompiledSchema('/s/main.rng', '{"format":1}', { readFile: memoryFiles(files) })).toBeUndefined();
    const entry = precompileSchema('/s/main.rng', { readFile: memoryFiles(files) });
    expect(loadPrecompiledSchema('/s/main.rng', entry, { readFile: memoryFiles(files), allowMissingStart: true })).toBeUndefined();
  });
});

const spectest = relaxngSpectestFile();
describe.skipIf(!spectest)('a precompiled schema validates exactly as the compiled one', () => {
  test('every correct schema of the RELAX NG spectest, on every instance', () => {
    let compared = 0;
    for (const c of loadSpecSuite(spectest!)) {
      if (!c.correct) continue;
      const { schemaFile, readFile } = caseFiles(c);
      const options = { readFile };
      const direct = compileSchema(schemaFile, options);
      const loaded = loadPrecompiledSchema(schemaFile, precompileSchema(schemaFile, options), options)!;
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
    const loaded = loadPrecompiledSchema(file, precompileSchema(file))!;
    const manifest = readCorpusJson<DomainManifestEntry[]>(corpus!, 'domain/manifest.json');
    for (const entry of manifest) {
      const text = readFileSync(join(corpus!, entry.file), 'utf8');
      expect(loaded.validate(text), entry.file).toEqual(direct.validate(text));
    }
  });
});
