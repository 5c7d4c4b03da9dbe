// Benchmark: validating libvirt's domain corpus with our engine vs xmllint vs jing, in the same run.
// Run with `npm run bench` in libs/relaxng (builds dist first). Writes the relaxng section of
// BENCHMARKS.md. Timings are wall-clock, best of several runs; the machine is whatever runs this.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSchema } from '@virtkit/relaxng';
import { libvirtCorpusDir, libvirtSchemaDir, readCorpusJson, writeBenchmarkSection } from '@virtkit/testkit';
import { parseXml, scanXml } from '@virtkit/xml';

const corpus = libvirtCorpusDir();
const schemaDir = libvirtSchemaDir();
if (!corpus || !schemaDir) {
  console.log('libvirt corpus or schemas not found; nothing to measure');
  process.exit(0);
}
const schemaFile = join(schemaDir, 'domain.rng');
const files = readCorpusJson(corpus, 'domain/manifest.json').map((e) => join(corpus, e.file));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function wall(command, args) {
  const start = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ms: performance.now() - start, stdout: run.stdout, stderr: run.stderr, status: run.status };
}
const best = (runs) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

// Whole corpus, one process each. The tools take turns within each round, so that load from
// other jobs on the machine hits all of them alike; the best round of each counts.
const ourScript = join(fileURLToPath(new URL('.', import.meta.url)), 'validate-files.mjs');
const cacheDir = mkdtempSync(join(tmpdir(), 'virtkit-bench-cache-'));
wall(process.execPath, [ourScript, '--cache', cacheDir, schemaFile, files[0]]); // fills the grammar cache
const rounds = { ours: [], cached: [], xmllint: [], jing: [] };
const withXmllint = has('xmllint');
const withJing = has('jing');
for (let i = 0; i < RUNS; i++) {
  rounds.ours.push(wall(process.execPath, [ourScript, schemaFile, ...files]));
  if (withXmllint) rounds.xmllint.push(wall('xmllint', ['--noout', '--relaxng', schemaFile, ...files]));
  rounds.cached.push(wall(process.execPath, [ourScript, '--cache', cacheDir, schemaFile, ...files]));
  if (withJing && i < 2) rounds.jing.push(wall('jing', [schemaFile, ...files]));
}
rmSync(cacheDir, { recursive: true, force: true });
const ours = best(rounds.ours);
const ourDetail = JSON.parse(ours.stdout);
// The same with the compiled-grammar cache (compileSchema's cacheDir), after one run has filled it.
const cached = best(rounds.cached);
const cachedDetail = JSON.parse(cached.stdout);
const xmllint = withXmllint ? best(rounds.xmllint) : undefined;
const xmllintInvalid = xmllint ? (xmllint.stderr.match(/ fails to validate$/gm) ?? []).length : undefined;
const jingFilesWithErrors = (out) => new Set([...out.matchAll(/^(.+?):\d+:\d+: error:/gm)].map((m) => m[1])).size;
const jing = withJing ? best(rounds.jing) : undefined;
const jingInvalid = jing ? jingFilesWithErrors(jing.stdout + jing.stderr) : undefined;

// Per-document latency on one typical domain: the file of median size among the argv inputs.
const argvFiles = files.filter((f) => f.includes('/qemuxml2argvdata/')).map((f) => ({ f, size: statSync(f).size })).sort((a, b) => a.size - b.size);
const typical = argvFiles[Math.floor(argvFiles.length / 2)].f;
const text = readFileSync(typical, 'utf8');
const schema = compileSchema(schemaFile);
for (let i = 0; i < 200; i++) schema.validate(text);
const N = 2000;
let start = performance.now();
for (let i = 0; i < N; i++) schema.validate(text);
const ourPerDocUs = ((performance.now() - start) / N) * 1000;
const tree = parseXml(text);
start = performance.now();
for (let i = 0; i < N; i++) schema.validate(tree);
const ourTreeUs = ((performance.now() - start) / N) * 1000;
const idle = { startElement() {}, endElement() {}, text() {} };
for (let i = 0; i < 200; i++) scanXml(text, idle);
start = performance.now();
for (let i = 0; i < N; i++) scanXml(text, idle);
const ourScanUs = ((performance.now() - start) / N) * 1000;
const xmllintOne = xmllint ? best(Array.from({ length: 10 }, () => wall('xmllint', ['--noout', '--relaxng', schemaFile, typical]))) : undefined;
// Editor-style: one process for one document, with a warm grammar cache.
const cacheOne = mkdtempSync(join(tmpdir(), 'virtkit-bench-cache-'));
wall(process.execPath, [ourScript, '--cache', cacheOne, schemaFile, typical]);
const ourOneCached = best(Array.from({ length: 5 }, () => wall(process.execPath, [ourScript, '--cache', cacheOne, schemaFile, typical])));
const ourOne = best(Array.from({ length: 3 }, () => wall(process.execPath, [ourScript, schemaFile, typical])));
rmSync(cacheOne, { recursive: true, force: true });
const jingOne = jing ? best(Array.from({ length: 3 }, () => wall('jing', [schemaFile, typical]))) : undefined;

const f = (ms) => (ms === undefined ? 'n/a' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const ratio = (ms) => (ms === undefined ? 'n/a' : `${(ms / ours.ms).toFixed(2)}×`);
const version = (cmd, args) => {
  const run = spawnSync(cmd, args, { encoding: 'utf8' });
  return `${run.stdout ?? ''}${run.stderr ?? ''}`.split('\n')[0].trim();
};
const loadAverage = (await import('node:os')).loadavg()[0].toFixed(1);
const md = `
### Validating libvirt's domain corpus (${files.length} files, ${(files.reduce((n, x) => n + statSync(x).size, 0) / 1e6).toFixed(1)} MB) against libvirt's \`domain.rng\`

Command: \`npm run bench\` in \`libs/relaxng\` (runs \`node bench/validate-corpus.mjs\`); best of ${RUNS} runs, wall clock, each tool in its own process
(schema compilation included, as when running \`xmllint --noout --relaxng domain.rng FILE...\`); the tools take turns in each round.
Load average at the end: ${loadAverage} (other jobs share this machine; compare ratios, not absolute times).

| validator | whole corpus | time relative to ours | invalid files found |
|---|---|---|---|
| @virtkit/relaxng (\`node bench/validate-files.mjs\`) | ${f(ours.ms)} | 1.00× | ${ourDetail.invalid} |
| @virtkit/relaxng with \`cacheDir\` (compiled grammar cached by an earlier run) | ${f(cached.ms)} | ${ratio(cached.ms)} | ${cachedDetail.invalid} |
| xmllint (${version('xmllint', ['--version'])}) | ${f(xmllint?.ms)} | ${ratio(xmllint?.ms)} | ${xmllintInvalid ?? 'n/a'} |
| jing (Debian package) | ${f(jing?.ms)} | ${ratio(jing?.ms)} | ${jingInvalid ?? 'n/a'} |

Where our time went (inside the process, best run): compile schema ${f(ourDetail.compileMs)}, reading files ${f(ourDetail.readMs)},
parsing and validating (\`schema.validate(text)\`: parse events straight into the derivatives, no tree unless the document is invalid) ${f(ourDetail.checkMs)},
Node start-up and module loading ${f(ours.ms - ourDetail.totalMs)}. With the cache, loading the compiled schema took ${f(cachedDetail.compileMs)}.

### One typical domain (\`${typical.slice(corpus.length + 1)}\`, ${text.length} bytes; median size of the argv inputs)

| | per document |
|---|---|
| ours, schema compiled once, \`validate(text)\` (warm, mean of ${N}) | ${ourPerDocUs.toFixed(0)} µs |
| of which parsing alone (\`scanXml\` with a handler that does nothing) | ${ourScanUs.toFixed(0)} µs |
| ours, validation of an already parsed tree (warm, mean of ${N}) | ${ourTreeUs.toFixed(0)} µs |
| ours, one process for this one file (\`node bench/validate-files.mjs domain.rng FILE\`, best of 3) | ${f(ourOne.ms)} |
| the same with \`--cache DIR\` (grammar cache filled by an earlier run, best of 5) | ${f(ourOneCached.ms)} |
| \`xmllint --noout --relaxng domain.rng FILE\` (one process, best of 10) | ${f(xmllintOne?.ms)} |
| \`jing domain.rng FILE\` (one process, best of 3) | ${f(jingOne?.ms)} |

### Marginal cost of one more document (schema already compiled)

| | per document |
|---|---|
| ours, typical domain, warm (parsing ${ourScanUs.toFixed(0)} µs, the rest validation) | ${ourPerDocUs.toFixed(0)} µs |
| ours, corpus average in the one-shot run above (parse + validate, JIT and memo tables still cold) | ${((ourDetail.checkMs / files.length) * 1000).toFixed(0)} µs |
| xmllint, corpus average: (whole corpus − one file) / (files − 1) | ${xmllint && xmllintOne ? `${(((xmllint.ms - xmllintOne.ms) / (files.length - 1)) * 1000).toFixed(0)} µs` : 'n/a'} |
`;
console.log(md);
writeBenchmarkSection('relaxng', md);
