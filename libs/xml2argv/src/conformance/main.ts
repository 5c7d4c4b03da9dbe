import { readRunnerArgs } from './cli-args.js';
import { lineDiff } from './compare.js';
import { runConformance } from './runner.js';
import { scoreTable, summarize } from './summary.js';

// Command-line edge of the conformance runner:
//   conformance --corpus DIR [--out DIR]     (ONLY=<id> runs one case and prints a diff)
const { corpus, out, only } = readRunnerArgs('conformance --corpus DIR [--out DIR]');
const results = runConformance({ corpus, ...(out ? { out } : {}), ...(only ? { only } : {}) });
if (only) {
  for (const r of results) {
    process.stdout.write(`${r.stem}: ${r.match === undefined ? 'no expected output' : r.match ? 'MATCH' : 'DIFFERENT'}\n`);
    if (r.expected !== undefined && !r.match) process.stdout.write(`${lineDiff(r.expected, r.kind === 'err' ? `${r.text}\n` : r.text)}\n`);
    else if (r.expected === undefined) process.stdout.write(r.text);
  }
} else {
  process.stdout.write(`${scoreTable(summarize(results))}\n`);
}
