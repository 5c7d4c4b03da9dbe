import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { libvirtCorpusDir, libvirtSchemaDir, readCorpusJson, type DomainManifestEntry } from '@virtkit/testkit';
import { describe, expect, test } from 'vitest';
import { compileSchema, SchemaError } from '../src/index.js';

const corpus = libvirtCorpusDir();
const schemas = libvirtSchemaDir();

describe.skipIf(!corpus || !schemas)("agreement with libvirt's schema verdicts", () => {
  test('every domain XML of the corpus gets the verdict of the manifest', () => {
    const schema = compileSchema(join(schemas!, 'domain.rng'));
    const manifest = readCorpusJson<DomainManifestEntry[]>(corpus!, 'domain/manifest.json');
    expect(manifest.length).toBeGreaterThan(2000);
    const disagreements: string[] = [];
    for (const entry of manifest) {
      const result = schema.validate(readFileSync(join(corpus!, entry.file), 'utf8'), { file: entry.file });
      if (result.valid !== entry.valid) {
        const why = result.diagnostics.slice(0, 3).map((d) => `${d.path}: ${d.message}`).join('; ');
        disagreements.push(`${entry.file}: manifest ${entry.valid ? 'valid' : 'invalid'}, ours ${result.valid ? 'valid' : `invalid (${why})`}`);
      }
      if (!entry.valid) expect(result.diagnostics.every((d) => d.path.startsWith('/domain') && d.message.length > 20)).toBe(true);
    }
    expect(disagreements).toEqual([]);
  });

  test('every installed libvirt schema compiles exactly when xmllint can compile it', () => {
    const files = readdirSync(schemas!).filter((f) => f.endsWith('.rng'));
    const differences: string[] = [];
    for (const name of files) {
      const path = join(schemas!, name);
      let ours = true;
      try {
        compileSchema(path);
      } catch (err) {
        if (!(err instanceof SchemaError)) throw err;
        ours = false;
      }
      // xmllint exits 3 or 5 on a schema it cannot compile; validating a dummy document tells us which.
      const run = spawnSync('xmllint', ['--noout', '--relaxng', path, '-'], { input: '<dummy/>', encoding: 'utf8' });
      const theirs = !/failed to compile/.test(run.stderr);
      if (ours !== theirs) differences.push(`${name}: ours ${ours ? 'compiles' : 'refuses'}, xmllint ${theirs ? 'compiles' : 'refuses'}`);
    }
    expect(files.length).toBeGreaterThan(20);
    expect(differences).toEqual([]);
  });
});
