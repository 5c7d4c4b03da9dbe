import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@virtkit/testkit';
import { describe, expect, it } from 'vitest';
import { formatDomain, parseDomain } from '../src/index.js';
import { domainCorpus, type CorpusDocument } from './helpers/corpus.js';
import { xmlDifferences } from './helpers/equivalence.js';

/** Set ONLY to part of a path to run a single case. */
const ONLY = process.env.ONLY ?? '';

/** Round-trips every document; returns failures with their differences, and counts generic content. */
function roundTrip(docs: readonly CorpusDocument[]): { failures: string[]; generic: number } {
  const failures: string[] = [];
  let generic = 0;
  for (const doc of docs) {
    let differences: string[];
    try {
      const value = parseDomain(doc.text, { file: doc.file });
      generic += countGeneric(value);
      differences = xmlDifferences(doc.text, formatDomain(value));
    } catch (e) {
      differences = [`threw ${(e as Error).message}`];
    }
    if (differences.length) failures.push(`${doc.file}\n  ${differences.join('\n  ')}`);
  }
  return { failures, generic };
}

/** Elements and attributes kept in generic form (what the schema does not describe). */
function countGeneric(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countGeneric(v), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  for (const [key, v] of Object.entries(value)) {
    if (key === '#unknown') n += (v as unknown[]).filter((u) => typeof u === 'object').length;
    else if (key === '#attributes') n += Object.keys(v as object).length;
    else if (!key.startsWith('#')) n += countGeneric(v);
  }
  return n;
}

const libvirt = domainCorpus()?.filter((d) => d.file.includes(ONLY));

describe.skipIf(!libvirt)("round trip over libvirt's domain corpus", () => {
  it('formatDomain(parseDomain(x)) is equivalent to x for every document', () => {
    const { failures, generic } = roundTrip(libvirt!);
    console.log(`round trip: ${libvirt!.length - failures.length}/${libvirt!.length} documents equivalent; ${generic} elements/attributes kept in generic form`);
    expect(failures.slice(0, 20).join('\n')).toBe('');
    expect(libvirt!.length).toBeGreaterThan(0);
  });
});

const ownDir = join(repoRoot, 'test', 'corpus', 'domain');
const own = existsSync(ownDir)
  ? readdirSync(ownDir).filter((f) => f.endsWith('.xml') && f.includes(ONLY)).sort().map((f) => ({ file: `test/corpus/domain/${f}`, text: readFileSync(join(ownDir, f), 'utf8') }))
  : [];

describe.skipIf(own.length === 0)('round trip over test/corpus/domain', () => {
  it('formatDomain(parseDomain(x)) is equivalent to x for every hand-written case', () => {
    const { failures } = roundTrip(own);
    console.log(`round trip: ${own.length - failures.length}/${own.length} hand-written documents equivalent`);
    expect(failures.join('\n')).toBe('');
  });
});
