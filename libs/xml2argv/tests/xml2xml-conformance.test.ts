import { libvirtCorpusDir } from '@virtkit/testkit';
import { describe, expect, it } from 'vitest';
import { runXmlConformance } from '../src/conformance/xml2xml-runner.js';
import { summarizeXml } from '../src/conformance/xml2xml-summary.js';
import { ratchet } from './support/ratchet.js';

const corpus = libvirtCorpusDir();

const SECTION = {
  name: 'xml2xml',
  intro: [
    '## xml2xml',
    '',
    'Documents written by `prepareDomain` + `formatPreparedDomain` that are byte-identical to',
    "libvirt 9.0.0's qemuxml2xml outputs, per arch group, caps kind and run (inactive/active)",
    '(`npm run -s conformance:xml2xml -- --corpus ../shared/corpus/libvirt-9.0.0 --out /tmp/out`;',
    '`ONLY=NAME+SUFFIX:when` prints one diff). The test `libs/xml2argv/tests/xml2xml-conformance.test.ts`',
    'fails when a score goes down; `UPDATE_CONFORMANCE=1` records higher scores (this section only).',
    '',
  ].join('\n'),
};

describe.skipIf(!corpus)('xml2xml conformance ratchet', () => {
  it('no score is lower than the xml2xml section of CONFORMANCE.md records', () => {
    const { recorded, lower } = ratchet(SECTION, summarizeXml(runXmlConformance({ corpus: corpus! })));
    expect(recorded.length, 'CONFORMANCE.md has no xml2xml score table; run with UPDATE_CONFORMANCE=1').toBeGreaterThan(0);
    expect(lower, 'scores went down').toEqual([]);
  });
});
