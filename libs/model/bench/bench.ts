/**
 * `npm run bench` (nx target `bench`): parse+format throughput of the codec over libvirt's
 * domain corpus, next to raw saxes (the XML parser underneath) and fast-xml-parser on the
 * same bytes in the same run. Writes the "model" section of BENCHMARKS.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { libvirtCorpusDir, readCorpusJson, writeBenchmarkSection, type DomainManifestEntry } from '@virtkit/testkit';
import { parseXml } from '@virtkit/xml';
import { formatDomain, parseDomain } from '../src/index.js';

const dir = libvirtCorpusDir();
if (!dir) {
  console.log('libvirt corpus not found: nothing to measure');
  process.exit(0);
}
const texts = readCorpusJson<DomainManifestEntry[]>(dir, 'domain/manifest.json').map((e) => readFileSync(join(dir, e.file), 'utf8'));
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
const ROUNDS = 9;

/**
 * CPU time of one pass over the corpus, in ms. CPU time rather than wall time: the machine is
 * shared, and other processes stretch wall time far more than they stretch our CPU time.
 */
function pass(run: (text: string) => void): number {
  const start = process.cpuUsage();
  for (const text of texts) run(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Best pass of each contender, the contenders taking turns so that load changes hit all alike. */
function measureAll(contenders: readonly [string, (text: string) => void][]): [string, number][] {
  const best = contenders.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    contenders.forEach(([, run], i) => (best[i] = Math.min(best[i]!, pass(run))));
  }
  return contenders.map(([name], i) => [name, bytes / 1e6 / (best[i]! / 1000)]);
}

const saxes = (text: string) => {
  const parser = new SaxesParser({ xmlns: true });
  let count = 0;
  parser.on('opentag', () => count++);
  parser.on('text', () => count++);
  parser.write(text).close();
};
const fxp = new XMLParser({ ignoreAttributes: false, preserveOrder: true });

const parsed = texts.map((t) => parseDomain(t));
let next = 0;
const rows = measureAll([
  ['saxes (xmlns, no tree)', saxes],
  ['fast-xml-parser (preserveOrder)', (t) => fxp.parse(t)],
  ['@virtkit/xml parseXml (positioned tree)', (t) => parseXml(t)],
  ['@virtkit/model parseDomain', (t) => parseDomain(t)],
  ['@virtkit/model parseDomain with positions', (t) => parseDomain(t, { positions: true })],
  ['@virtkit/model formatDomain (of parsed documents)', () => formatDomain(parsed[next++ % parsed.length]!)],
  ['@virtkit/model formatDomain(parseDomain(x))', (t) => formatDomain(parseDomain(t))],
]);
const saxesRate = rows[0]![1];
const md = [
  `Corpus: libvirt 9.0.0 domain/ (${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB); best of ${ROUNDS} passes, CPU time.`,
  'Command: `npx nx run @virtkit/model:bench`',
  `Load average when done: ${loadavg()[0]!.toFixed(1)} (other jobs share the machine; ratios measured in one interleaved run).`,
  '',
  '| what | MB/s of XML | CPU time vs raw saxes |',
  '| --- | ---: | ---: |',
  ...rows.map(([name, rate]) => `| ${name} | ${rate.toFixed(1)} | ${(saxesRate / rate).toFixed(2)}x |`),
].join('\n');
console.log(md);
writeBenchmarkSection('model', md);
