import { readRunnerArgs } from './cli-args.js';
import { lineDiff } from './compare.js';
import { scoreTable } from './summary.js';
import { summarizeXml } from './xml2xml-summary.js';
import { runXmlConformance } from './xml2xml-runner.js';

// Command-line edge of the xml2xml conformance runner:
//   conformance:xml2xml --corpus DIR [--out DIR] [--unchanged]   (ONLY=<name+suffix:when> runs one case with a diff)
// --unchanged measures the baseline: the input formatted as it is.
const { corpus, out, only, argv } = readRunnerArgs('conformance:xml2xml --corpus DIR [--out DIR] [--unchanged]');
const results = runXmlConformance({ corpus, ...(out ? { out } : {}), ...(only ? { only } : {}), unchanged: argv.includes('--unchanged') });
if (only) {
  if (results.length === 0) process.stdout.write(`no entry ${only}\n`);
  for (const r of results) {
    process.stdout.write(`${r.stem}: ${r.match ? 'MATCH' : r.failed ? 'FAILED' : 'DIFFERENT'}\n`);
    if (!r.match) process.stdout.write(`${lineDiff(r.expected.replaceAll('\\\n', ''), r.text)}\n`);
  }
} else {
  process.stdout.write(`${scoreTable(summarizeXml(results))}\n`);
}
