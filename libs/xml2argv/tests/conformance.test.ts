import { libvirtCorpusDir } from '@virtkit/testkit';
import { describe, expect, it } from 'vitest';
import { runConformance } from '../src/conformance/runner.js';
import { summarize } from '../src/conformance/summary.js';
import { ratchet } from './support/ratchet.js';

const corpus = libvirtCorpusDir();

const SECTION = {
  name: 'xml2argv',
  intro: [
    'Scores of `@virtkit/xml2argv` against libvirt 9.0.0\'s qemuxml2argv expectations',
    '(`npm run -s conformance:xml2argv -- --corpus ../shared/corpus/libvirt-9.0.0 --out /tmp/out`).',
    'Entries whose expected output is withheld (the holdout) are not counted here.',
    '"rejected" counts `failure`/`parse-error` entries the builder refused with a typed error;',
    '"same message" those whose message is identical to libvirt\'s.',
    '',
    'The test `libs/xml2argv/tests/conformance.test.ts` fails when a score goes down; run it',
    'with `UPDATE_CONFORMANCE=1` to record higher scores.',
    '',
  ].join('\n'),
};

describe.skipIf(!corpus)('xml2argv conformance ratchet', () => {
  it('no score is lower than CONFORMANCE.md records', () => {
    const { recorded, lower } = ratchet(SECTION, summarize(runConformance({ corpus: corpus! })));
    expect(recorded.length, 'CONFORMANCE.md has no score table; run with UPDATE_CONFORMANCE=1').toBeGreaterThan(0);
    expect(lower, 'scores went down').toEqual([]);
  });
});
