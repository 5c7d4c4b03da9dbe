import type { CaseResult } from './runner.js';

/** One row of the conformance table: `key` is stable, the ratchet compares `pass`. */
export interface ScoreRow {
  readonly key: string;
  readonly pass: number;
  readonly total: number;
}

const archGroup = (arch: string): string => (arch === 'x86_64' || arch === 'i686' ? arch : 'other');

/**
 * Scores per arch group (x86_64, i686, other), caps kind (real/fake) and expect kind, over
 * entries whose expected output is present. For `failure`/`parse-error` two rows: rejected at
 * all (a typed error) and message identical to libvirt's.
 */
export function summarize(results: readonly CaseResult[]): ScoreRow[] {
  const rows = new Map<string, { pass: number; total: number }>();
  const bump = (key: string, ok: boolean): void => {
    const r = rows.get(key) ?? { pass: 0, total: 0 };
    r.total++;
    if (ok) r.pass++;
    rows.set(key, r);
  };
  for (const r of results) {
    if (r.match === undefined) continue;
    const group = `${archGroup(r.entry.arch)} ${r.entry.caps === 'fake' ? 'fake' : 'real'}`;
    if (r.entry.expect === 'args') bump(`${group} args: identical`, r.match);
    else {
      bump(`${group} errors: rejected`, r.rejected || r.match);
      bump(`${group} errors: same message`, r.match);
    }
  }
  const order = ['x86_64 real', 'x86_64 fake', 'i686 real', 'i686 fake', 'other real', 'other fake'];
  return [...rows.entries()]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => order.indexOf(a.key.split(' ').slice(0, 2).join(' ')) - order.indexOf(b.key.split(' ').slice(0, 2).join(' ')) || a.key.localeCompare(b.key));
}

/** The scores as the markdown table kept in CONFORMANCE.md. */
export function scoreTable(rows: readonly ScoreRow[]): string {
  const lines = ['| group | pass | total |', '|---|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.key} | ${r.pass} | ${r.total} |`);
  return lines.join('\n');
}

/** Reads the rows back from a CONFORMANCE.md table. */
export function parseScoreTable(markdown: string): ScoreRow[] {
  const out: ScoreRow[] = [];
  for (const m of markdown.matchAll(/^\| ([^|]+?) \| (\d+) \| (\d+) \|$/gm)) {
    out.push({ key: m[1]!, pass: Number(m[2]), total: Number(m[3]) });
  }
  return out;
}
