import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { libvirtCorpusDir, repoRoot } from '@virtkit/testkit';
import { describe, expect, it } from 'vitest';
import { runConformance } from '../src/conformance/runner.js';
import { parseScoreTable, scoreTable, summarize } from '../src/conformance/summary.js';

const corpus = libvirtCorpusDir();
const file = join(repoRoot, 'CONFORMANCE.md');

function conformanceMarkdown(table: string): string {
  return [
    '# Conformance',
    '',
    'Scores of `@virtkit/xml2argv` against libvirt 9.0.0\'s qemuxml2argv expectations',
    '(`npm run -s conformance:xml2argv -- --corpus ../shared/corpus/libvirt-9.0.0 --out /tmp/out`).',
    'Entries whose expected output is withheld (the holdout) are not counted here.',
    '"rejected" counts `failure`/`parse-error` entries the builder refused with a typed error;',
    '"same message" those whose message is identical to libvirt\'s.',
    '',
    'The test `libs/xml2argv/tests/conformance.test.ts` fails when a score goes down; run it',
    'with `UPDATE_CONFORMANCE=1` to record higher scores.',
    '',
    '<!-- scores:xml2argv -->',
    table,
    '<!-- /scores:xml2argv -->',
    '',
  ].join('\n');
}

const OPEN = '<!-- scores:xml2argv -->';
const CLOSE = '<!-- /scores:xml2argv -->';

/** The xml2argv section only: CONFORMANCE.md holds other suites' sections too (xml2xml). */
function ownSection(markdown: string): string {
  const start = markdown.indexOf(OPEN);
  const end = markdown.indexOf(CLOSE);
  return start >= 0 && end > start ? markdown.slice(start, end) : '';
}

/** Replaces the xml2argv table, keeping whatever else the file holds. */
function updated(markdown: string | undefined, table: string): string {
  const fresh = conformanceMarkdown(table);
  if (markdown === undefined || !ownSection(markdown)) return fresh;
  return markdown.slice(0, markdown.indexOf(OPEN)) + fresh.slice(fresh.indexOf(OPEN), fresh.indexOf(CLOSE)) + markdown.slice(markdown.indexOf(CLOSE));
}

describe.skipIf(!corpus)('xml2argv conformance ratchet', () => {
  it('no score is lower than CONFORMANCE.md records', () => {
    const rows = summarize(runConformance({ corpus: corpus! }));
    if (process.env.UPDATE_CONFORMANCE) writeFileSync(file, updated(existsSync(file) ? readFileSync(file, 'utf8') : undefined, scoreTable(rows)));
    const recorded = existsSync(file) ? parseScoreTable(ownSection(readFileSync(file, 'utf8'))) : [];
    expect(recorded.length, 'CONFORMANCE.md has no score table; run with UPDATE_CONFORMANCE=1').toBeGreaterThan(0);
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
