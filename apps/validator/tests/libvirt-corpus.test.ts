// Acceptance test of the validator: over libvirt 9.0.0's whole domain corpus, checked with
// libvirt's own installed domain.rng, the CLI's verdict must equal libvirt's (the manifest's
// `valid`, i.e. xmllint's) for every one of the 2263 files. One CLI process for all files.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libvirtCorpusDir, libvirtSchemaDir, readCorpusJson, type DomainManifestEntry } from '@virtkit/testkit';
import { runProcess } from './cli-process.js';

const corpus = libvirtCorpusDir();
const schemas = libvirtSchemaDir();
if (process.env.CI && !schemas) throw new Error('libvirt schemas (package libvirt0) are required in CI');

describe.skipIf(!corpus || !schemas)("libvirt's domain corpus with libvirt's domain.rng", () => {
  it('gives libvirt\'s verdict on every file', () => {
    const manifest = readCorpusJson<DomainManifestEntry[]>(corpus!, 'domain/manifest.json');
    const domainDir = join(corpus!, 'domain');
    const run = runProcess(['--format', 'json', '--schema', join(schemas!, 'domain.rng'), domainDir]);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { files: { file: string; valid: boolean; errors: unknown[] }[]; summary: Record<string, number> };
    const verdicts = new Map(report.files.map((f) => [relative(corpus!, f.file), f]));

    const mismatches: string[] = [];
    for (const entry of manifest) {
      const ours = verdicts.get(entry.file);
      if (!ours) mismatches.push(`${entry.file}: not checked`);
      else if (ours.valid !== entry.valid) mismatches.push(`${entry.file}: libvirt says ${entry.valid ? 'valid' : 'invalid'}, we say ${ours.valid ? 'valid' : 'invalid'}`);
      else if (ours.valid !== (ours.errors.length === 0)) mismatches.push(`${entry.file}: verdict and error list disagree`);
    }
    expect(mismatches).toEqual([]);
    expect(report.files).toHaveLength(manifest.length);
    const invalid = manifest.filter((e) => !e.valid).length;
    expect(report.summary).toEqual({ files: manifest.length, valid: manifest.length - invalid, invalid });
    expect(run.status).toBe(invalid > 0 ? 1 : 0);
  });
});
