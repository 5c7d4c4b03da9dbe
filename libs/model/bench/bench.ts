/**
 * `npm run bench` (nx target `bench`): parse+format throughput of the codec over libvirt's
 * domain corpus, next to raw saxes (the XML parser underneath) and fast-xml-parser on the
 * same bytes in the same run. Writes the "model" section of BENCHMARKS.md.
 *
 * Every contender runs in a worker thread of its own: one process, but one V8 isolate per
 * contender, so each is compiled as it would be in a program that does only that. In one
 * shared isolate, saxes' code sees parsers of several configurations, turns polymorphic, and
 * every saxes-based row slows down several times, by an amount that depends on the mix.
 * The workers take turns, one pass each per round, so that load changes hit all alike.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { libvirtCorpusDir, readCorpusJson, writeBenchmarkSection, type DomainManifestEntry } from '@virtkit/testkit';
import { CONTENDERS } from './contenders.js';

const ROUNDS = 9;

function corpus(dir: string): string[] {
  return readCorpusJson<DomainManifestEntry[]>(dir, 'domain/manifest.json').map((e) => readFileSync(join(dir, e.file), 'utf8'));
}

/**
 * Worker: prepares its contender, warms it up, then runs one pass per request and answers
 * with the process's CPU time for it, in ms. CPU time rather than wall time: the machine is
 * shared; the other threads of the process are idle meanwhile, waiting for their turn.
 */
function serve(dir: string, index: number): void {
  const texts = corpus(dir);
  const run = CONTENDERS[index]!.prepare(texts);
  const pass = () => {
    const start = process.cpuUsage();
    for (const text of texts) run(text);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  pass();
  parentPort!.on('message', () => parentPort!.postMessage(pass()));
  parentPort!.postMessage(0);
}

async function main(dir: string): Promise<void> {
  const texts = corpus(dir);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const loadBefore = loadavg()[0]!;
  const answer = (w: Worker) => new Promise<number>((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
  });
  const workers: Worker[] = [];
  for (const index of CONTENDERS.keys()) {
    const worker = new Worker(new URL(import.meta.url), { workerData: { dir, index } });
    await answer(worker); // prepared and warm, one at a time
    workers.push(worker);
  }
  const best = workers.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, w] of workers.entries()) {
      const reply = answer(w);
      w.postMessage('pass');
      best[i] = Math.min(best[i]!, await reply);
    }
  }
  await Promise.all(workers.map((w) => w.terminate()));
  const rates = best.map((ms) => bytes / 1e6 / (ms / 1000));
  const md = [
    `Corpus: libvirt 9.0.0 domain/ (${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB); best of ${ROUNDS} passes, CPU time.`,
    'Command: `npx nx run @virtkit/model:bench`',
    'Each row runs in its own worker thread (own V8 isolate: no row\'s JIT state slows another\'s); the rows take turns, one pass each per round.',
    `Load average (1 min) before: ${loadBefore.toFixed(1)}, after: ${loadavg()[0]!.toFixed(1)} (other jobs share the machine).`,
    '',
    '| what | MB/s of XML | CPU time vs raw saxes |',
    '| --- | ---: | ---: |',
    ...CONTENDERS.map((c, i) => `| ${c.name} | ${rates[i]!.toFixed(1)} | ${(best[i]! / best[0]!).toFixed(2)}x |`),
  ].join('\n');
  console.log(md);
  writeBenchmarkSection('model', md);
}

const dir = libvirtCorpusDir();
if (!isMainThread) serve((workerData as { dir: string }).dir, (workerData as { index: number }).index);
else if (!dir) console.log('libvirt corpus not found: nothing to measure');
else await main(dir);
