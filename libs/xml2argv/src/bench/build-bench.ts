import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libvirtCorpusDir, writeBenchmarkSection } from '@virtkit/testkit';
import { parseDomain } from '@virtkit/model';
import { renderArgs } from '../argv/render.js';
import { buildCommandLine } from '../build/index.js';
import { entryCapabilities, entryRuntime } from '../conformance/entry-setup.js';
import type { ArgvManifest } from '../conformance/manifest.js';
import { compareWithVirsh } from './virsh-compare.js';

// Builds every corpus domain in one process and records the time per domain.
const corpus = libvirtCorpusDir();
if (!corpus) {
  console.log('libvirt corpus not found; nothing to measure');
  process.exit(0);
}
const manifest = JSON.parse(readFileSync(join(corpus, 'xml2argv', 'manifest.json'), 'utf8')) as ArgvManifest;
const cases = manifest.entries.map((e) => ({ e, xml: readFileSync(join(corpus, e.input), 'utf8'), caps: entryCapabilities(corpus, e) }));

function pass(): { ms: number; built: number } {
  let built = 0;
  const start = process.hrtime.bigint();
  for (const c of cases) {
    try {
      renderArgs(buildCommandLine(parseDomain(c.xml), c.caps, entryRuntime(c.e)));
      built++;
    } catch {
      // rejected domains are timed too
    }
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, built };
}

pass(); // warm-up
const runs = [pass(), pass(), pass()];
const best = Math.min(...runs.map((r) => r.ms));
const virshComparison = await compareWithVirsh(corpus, manifest);
const md = [
  '## @virtkit/xml2argv: building command lines',
  '',
  'Command: `npm run bench -w @virtkit/xml2argv`. Every entry of libvirt\'s xml2argv manifest, in one process: parse with',
  '@virtkit/model, prepare, validate, build and render; capabilities loaded once per entry before timing.',
  '',
  '| measure | value |',
  '|---|---:|',
  `| domains (parse + prepare + build + render, rejections included) | ${cases.length} |`,
  `| command lines built | ${runs[0]!.built} |`,
  `| best of 3 passes | ${best.toFixed(1)} ms |`,
  `| per domain | ${((best * 1000) / cases.length).toFixed(1)} µs |`,
  '',
  virshComparison,
].join('\n');
writeBenchmarkSection('xml2argv', md);
console.log(md);
