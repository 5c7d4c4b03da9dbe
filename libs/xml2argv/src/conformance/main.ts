import { resolve } from 'node:path';
import { lineDiff } from './compare.js';
import { runConformance } from './runner.js';
import { scoreTable, summarize } from './summary.js';

// Command-line edge of the conformance runner:
//   conformance --corpus DIR [--out DIR]     (ONLY=<id> runs one case and prints a diff)
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
// npm runs workspace scripts inside the package; relative paths are the caller's.
const base = process.env.INIT_CWD ?? process.cwd();
const corpus = opt('--corpus');
if (!corpus) {
  process.stderr.write('usage: conformance --corpus DIR [--out DIR]\n');
  process.exit(2);
}
const out = opt('--out');
const only = process.env.ONLY;
const results = runConformance({ corpus: resolve(base, corpus), ...(out ? { out: resolve(base, out) } : {}), ...(only ? { only } : {}) });
if (only) {
  for (const r of results) {
    process.stdout.write(`${r.stem}: ${r.match === undefined ? 'no expected output' : r.match ? 'MATCH' : 'DIFFERENT'}\n`);
    if (r.expected !== undefined && !r.match) process.stdout.write(`${lineDiff(r.expected, r.kind === 'err' ? `${r.text}\n` : r.text)}\n`);
    else if (r.expected === undefined) process.stdout.write(r.text);
  }
} else {
  process.stdout.write(`${scoreTable(summarize(results))}\n`);
}
