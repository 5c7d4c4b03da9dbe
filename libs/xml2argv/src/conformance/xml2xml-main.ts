import { resolve } from 'node:path';
import { lineDiff } from './compare.js';
import { scoreTable } from './summary.js';
import { summarizeXml } from './xml2xml-summary.js';
import { runXmlConformance } from './xml2xml-runner.js';

// Command-line edge of the xml2xml conformance runner:
//   conformance:xml2xml --corpus DIR [--out DIR] [--unchanged]   (ONLY=<name+suffix:when> runs one case with a diff)
// --unchanged measures the baseline: the input formatted as it is.
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = process.env.INIT_CWD ?? process.cwd();
const corpus = opt('--corpus');
if (!corpus) {
  process.stderr.write('usage: conformance:xml2xml --corpus DIR [--out DIR] [--unchanged]\n');
  process.exit(2);
}
const out = opt('--out');
const only = process.env.ONLY;
const results = runXmlConformance({ corpus: resolve(base, corpus), ...(out ? { out: resolve(base, out) } : {}), ...(only ? { only } : {}), unchanged: args.includes('--unchanged') });
if (only) {
  if (results.length === 0) process.stdout.write(`no entry ${only}\n`);
  for (const r of results) {
    process.stdout.write(`${r.stem}: ${r.match ? 'MATCH' : r.failed ? 'FAILED' : 'DIFFERENT'}\n`);
    if (!r.match) process.stdout.write(`${lineDiff(r.expected.replaceAll('\\\n', ''), r.text)}\n`);
  }
} else {
  process.stdout.write(`${scoreTable(summarizeXml(results))}\n`);
}
