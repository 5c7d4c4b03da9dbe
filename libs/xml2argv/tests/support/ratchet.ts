import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@virtkit/testkit';
import { parseScoreTable, scoreTable, type ScoreRow } from '../../src/conformance/summary.js';

const FILE = join(repoRoot, 'CONFORMANCE.md');
const TITLE = '# Conformance\n';

/**
 * One suite's section of CONFORMANCE.md (`<!-- scores:NAME -->` … `<!-- /scores:NAME -->`):
 * the recorded scores a run may not fall below. `intro` is written above the section when it is
 * first created; other suites' sections are never touched.
 */
export interface ScoreSection {
  readonly name: string;
  readonly intro: string;
}

/** Compares a run with the recorded section; with UPDATE_CONFORMANCE set, records the run first. */
export function ratchet(section: ScoreSection, rows: readonly ScoreRow[]): { recorded: ScoreRow[]; lower: string[]; higher: string[] } {
  const open = `<!-- scores:${section.name} -->`;
  const close = `<!-- /scores:${section.name} -->`;
  const read = () => (existsSync(FILE) ? readFileSync(FILE, 'utf8') : TITLE);
  if (process.env.UPDATE_CONFORMANCE) {
    const markdown = read();
    const block = `${open}\n${scoreTable(rows)}\n${close}`;
    const start = markdown.indexOf(open);
    const end = markdown.indexOf(close);
    writeFileSync(FILE, start >= 0 && end > start
      ? markdown.slice(0, start) + block + markdown.slice(end + close.length)
      : `${markdown.replace(/\n*$/, '\n\n')}${section.intro}\n${block}\n`);
  }
  const markdown = read();
  const start = markdown.indexOf(open);
  const end = markdown.indexOf(close);
  const recorded = parseScoreTable(start >= 0 && end > start ? markdown.slice(start, end) : '');
  const now = new Map(rows.map((r) => [r.key, r]));
  const lower: string[] = [];
  const higher: string[] = [];
  for (const r of recorded) {
    const cur = now.get(r.key);
    if (!cur || cur.pass < r.pass) lower.push(`${r.key}: ${cur?.pass ?? 'missing'} < ${r.pass}`);
    else if (cur.pass > r.pass) higher.push(`${r.key}: ${cur.pass} > ${r.pass}`);
  }
  if (higher.length) console.warn(`Scores went up; record them with UPDATE_CONFORMANCE=1:\n${higher.join('\n')}`);
  return { recorded, lower, higher };
}
