import { describe, expect, it } from 'vitest';
import { formatDomain, parseDomain } from '../src/index.js';
import { domainCorpus } from './helpers/corpus.js';
import { xmlDifferences } from './helpers/equivalence.js';

/** Set ONLY to part of a corpus path to run a single case. */
const ONLY = process.env.ONLY ?? '';
const corpus = domainCorpus()?.filter((d) => d.file.includes(ONLY));

describe.skipIf(!corpus)("round trip over libvirt's domain corpus", () => {
  it('formatDomain(parseDomain(x)) is equivalent to x for every document', () => {
    const failures: string[] = [];
    for (const doc of corpus!) {
      let differences: string[];
      try {
        differences = xmlDifferences(doc.text, formatDomain(parseDomain(doc.text, { file: doc.file })));
      } catch (e) {
        differences = [`threw ${(e as Error).message}`];
      }
      if (differences.length) failures.push(`${doc.file}\n  ${differences.join('\n  ')}`);
    }
    console.log(`round trip: ${corpus!.length - failures.length}/${corpus!.length} documents equivalent`);
    expect(failures.slice(0, 20).join('\n')).toBe('');
    expect(corpus!.length).toBeGreaterThan(0);
  });
});
