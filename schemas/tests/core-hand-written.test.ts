// Our own documents for the core (non-device) areas, in test/corpus/domain: a file named
// `*-invalid.xml` must be rejected and every other file accepted, both by libvirt's installed
// schema (the oracle: it proves the expectation is right) and by ours.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libvirtSchemaDir, repoRoot, runXmllint } from '@virtkit/testkit';

/** File name prefixes of the core areas (devices have their own authors and documents). */
const corePrefixes = [
  'os-', 'cpu-', 'memory-backing', 'memory-max', 'tuning-', 'features-', 'clock-', 'security-',
  'sysinfo-', 'lifecycle-', 'perf-', 'metadata-', 'namespaces-',
];

const dir = join(repoRoot, 'test', 'corpus', 'domain');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.xml') && corePrefixes.some((prefix) => name.startsWith(prefix)))
  .sort();
const expected = new Map(files.map((name) => [join(dir, name), !name.endsWith('-invalid.xml')]));

async function mismatches(schema: string): Promise<string[]> {
  const verdicts = await runXmllint([...expected.keys()], { schema, timeoutMs: 60_000 });
  const wrong: string[] = [];
  for (const [file, valid] of expected) {
    const verdict = verdicts.get(file);
    if (verdict?.valid !== valid) {
      wrong.push(`${file}: expected ${valid ? 'valid' : 'invalid'} (${verdict?.messages.slice(0, 2).join(' | ') ?? 'no verdict'})`);
    }
  }
  return wrong;
}

describe('hand-written core documents', () => {
  it('cover every core area with valid and invalid cases', () => {
    for (const prefix of corePrefixes) {
      expect(files.some((name) => name.startsWith(prefix)), `no document for ${prefix}`).toBe(true);
    }
    expect(files.filter((name) => name.endsWith('-invalid.xml')).length).toBeGreaterThanOrEqual(10);
  });

  it.skipIf(libvirtSchemaDir() === undefined)('get the verdict their name promises from libvirt’s schema', async () => {
    expect(await mismatches(join(libvirtSchemaDir() as string, 'domain.rng'))).toEqual([]);
  });

  it('get the verdict their name promises from our schema', async () => {
    expect(await mismatches(join(repoRoot, 'schemas', 'rng', 'domain.rng'))).toEqual([]);
  });
});
