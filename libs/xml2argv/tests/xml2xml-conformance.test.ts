import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { libvirtCorpusDir, repoRoot } from '@virtkit/testkit';
import { describe, expect, it } from 'vitest';
import { parseScoreTable, scoreTable } from '../src/conformance/summary.js';
import { runXmlConformance } from '../src/conformance/xml2xml-runner.js';
import { summarizeXml } from '../src/conformance/xml2xml-summary.js';

const corpus = libvirtCorpusDir();
const file = join(repoRoot, 'CONFORMANCE.md');
const OPEN = '<!-- scores:xml2xml -->';
const CLOSE = '<!-- /scores:xml2xml -->';

const INTRO = [
  '## xml2xml',
  '',
  'Documents written by `prepareDomain` + `formatPreparedDomain` that are byte-identical to',
  "libvirt 9.0.0's qemuxml2xml outputs, per arch group, caps kind and run (inactive/active)",
  '(`npm run -s conformance:xml2xml -- --corpus ../shared/corpus/libvirt-9.0.0 --out /tmp/out`;',
  '`ONLY=NAME+SUFFIX:when` prints one diff). The test `libs/xml2argv/tests/xml2xml-conformance.test.ts`',
  'fails when a score goes down; `UPDATE_CONFORMANCE=1` records higher scores (this section only).',
  '',
].join('\n');

/** CONFORMANCE.md with only the xml2xml section replaced (added at the end when missing). */
function withSection(markdown: string, table: string): string {
  const section = `${OPEN}\n${table}\n${CLOSE}`;
  const start = markdown.indexOf(OPEN);
  const end = markdown.indexOf(CLOSE);
  if (start >= 0 && end > start) return markdown.slice(0, start) + section + markdown.slice(end + CLOSE.length);
  return `${markdown.replace(/\n*$/, '\n\n')}${INTRO}\n${section}\n`;
}

function recordedSection(markdown: string): string {
  const start = markdown.indexOf(OPEN);
  const end = markdown.indexOf(CLOSE);
  return start >= 0 && end > start ? markdown.slice(start, end) : '';
}

describe.skipIf(!corpus)('xml2xml conformance ratchet', () => {
  it('no score is lower than the xml2xml section of CONFORMANCE.md records', () => {
    const rows = summarizeXml(runXmlConformance({ corpus: corpus! }));
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (process.env.UPDATE_CONFORMANCE) writeFileSync(file, withSection(current, scoreTable(rows)));
    const recorded = parseScoreTable(recordedSection(existsSync(file) ? readFileSync(file, 'utf8') : ''));
    expect(recorded.length, 'CONFORMANCE.md has no xml2xml score table; run with UPDATE_CONFORMANCE=1').toBeGreaterThan(0);
    const now = new Map(rows.map((r) => [r.key, r]));
    const lower: string[] = [];
    const higher: string[] = [];
    for (const r of recorded) {
      const cur = now.get(r.key);
      if (!cur || cur.pass < r.pass) lower.push(`${r.key}: ${cur?.pass ?? 'missing'} < ${r.pass}`);
      else if (cur.pass > r.pass) higher.push(`${r.key}: ${cur.pass} > ${r.pass}`);
    }
    if (higher.length) console.warn(`Scores went up; record them with UPDATE_CONFORMANCE=1:\n${higher.join('\n')}`);
    expect(lower, 'scores went down').toEqual([]);
  });
});
