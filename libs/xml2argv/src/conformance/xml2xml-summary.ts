import type { ScoreRow } from './summary.js';
import type { XmlCaseResult } from './xml2xml-runner.js';

const archGroup = (arch: string): string => (arch === 'x86_64' || arch === 'i686' ? arch : 'other');
const ORDER = ['x86_64', 'i686', 'other'];

/**
 * Scores per arch group (x86_64, i686, other), caps kind (real/fake) and run (inactive/active):
 * how many normalised documents are byte-identical to libvirt's.
 */
export function summarizeXml(results: readonly XmlCaseResult[]): ScoreRow[] {
  const rows = new Map<string, { pass: number; total: number }>();
  for (const r of results) {
    const key = `${archGroup(r.entry.arch)} ${r.entry.caps === 'fake' ? 'fake' : 'real'} ${r.entry.when}: identical`;
    const row = rows.get(key) ?? { pass: 0, total: 0 };
    row.total++;
    if (r.match) row.pass++;
    rows.set(key, row);
  }
  return [...rows.entries()]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => ORDER.indexOf(a.key.split(' ')[0]!) - ORDER.indexOf(b.key.split(' ')[0]!) || a.key.localeCompare(b.key));
}
