// Benchmark: virtkit-validate over libvirt's whole domain corpus in one process, against the
// tools people use today on the same files in the same run: xmllint (one process, libxml2's
// RELAX NG engine, which libvirt uses), jing (one JVM), and virt-xml-validate (one xmllint per
// file; timed on a sample when installed). Results go to BENCHMARKS.md (section "validator").
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { libvirtCorpusDir, libvirtSchemaDir, readCorpusJson, writeBenchmarkSection, type DomainManifestEntry } from '@virtkit/testkit';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(packageDir, 'dist', 'virtkit-validate.js');
const ROUNDS = 3;
const SAMPLE = 100;

interface Timing { readonly label: string; readonly command: string; readonly seconds: number; readonly files: number; readonly note?: string }

function which(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

/** Best of `ROUNDS` wall-clock runs of a command over the files, split into argument chunks. */
function time(label: string, shown: string, argv: (chunk: string[]) => [string, string[]], files: string[], accept: (status: number | null) => boolean, chunk = files.length): Timing {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < files.length; i += chunk) {
      const [command, args] = argv(files.slice(i, i + chunk));
      const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
      if (!accept(run.status)) throw new Error(`${label}: exit status ${run.status}`);
    }
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { label, command: shown, seconds: best, files: files.length };
}

function main(): void {
  const corpus = libvirtCorpusDir();
  const schemas = libvirtSchemaDir();
  if (!corpus || !schemas) {
    console.log('validator bench: libvirt corpus or schemas absent, nothing measured');
    return;
  }
  if (!existsSync(cli)) throw new Error(`${cli} missing: build first (npm run build)`);
  const libvirtDomain = join(schemas, 'domain.rng');
  const manifest = readCorpusJson<DomainManifestEntry[]>(corpus, 'domain/manifest.json');
  const files = manifest.map((entry) => join(corpus, entry.file));
  // Exit 1 means "some file invalid" for every tool here (24 corpus files are), not a failure.
  const zeroOrOne = (status: number | null) => status === 0 || status === 1;
  // xmllint reports invalid files with status 3.
  const xmllintOk = (status: number | null) => status === 0 || status === 3;

  const timings: Timing[] = [];
  timings.push(time('virtkit-validate, libvirt domain.rng', `node apps/validator/dist/main.js -q --schema ${libvirtDomain} <2263 files>`,
    (chunk) => [process.execPath, [cli, '-q', '--schema', libvirtDomain, ...chunk]], files, zeroOrOne));
  timings.push(time('virtkit-validate, virtkit schemas/rng/domain.rng', 'node apps/validator/dist/main.js -q <2263 files>',
    (chunk) => [process.execPath, [cli, '-q', ...chunk]], files, zeroOrOne));
  // One process per tool, unless the command line would come near ARG_MAX (2 MiB on Linux).
  const argBytes = files.reduce((n, f) => n + f.length + 1, 0);
  const chunk = argBytes < 1_000_000 ? files.length : Math.ceil(files.length / Math.ceil(argBytes / 1_000_000));
  const many = chunk === files.length ? `<${files.length} files>` : `<files, ${chunk} per process>`;
  timings.push(time('xmllint (libxml2)', `xmllint --noout --relaxng ${libvirtDomain} ${many}`,
    (c) => ['xmllint', ['--noout', '--relaxng', libvirtDomain, ...c]], files, xmllintOk, chunk));
  if (which('jing')) {
    timings.push(time('jing', `jing ${libvirtDomain} ${many}`, (c) => ['jing', [libvirtDomain, ...c]], files, zeroOrOne, chunk));
  }
  let virtXml: Timing | undefined;
  if (which('virt-xml-validate')) {
    const sample = files.filter((_, i) => i % Math.ceil(files.length / SAMPLE) === 0);
    const measured = time('virt-xml-validate', 'virt-xml-validate FILE domain (one process per file)',
      (chunk) => ['virt-xml-validate', [chunk[0]!, 'domain']], sample, (s) => s === 0 || s === 1 || s === 3, 1);
    virtXml = { ...measured, seconds: (measured.seconds / sample.length) * files.length, files: files.length, note: `timed on ${sample.length} files, scaled to ${files.length}` };
    timings.push(virtXml);
  } else {
    // What virt-xml-validate does for each file, without its shell wrapper: one xmllint per file.
    const sample = files.filter((_, i) => i % Math.ceil(files.length / SAMPLE) === 0);
    const measured = time('xmllint per file (virt-xml-validate\'s way, without its wrapper)', `xmllint --noout --relaxng ${libvirtDomain} FILE (one process per file)`,
      (c) => ['xmllint', ['--noout', '--relaxng', libvirtDomain, ...c]], sample, xmllintOk, 1);
    timings.push({ ...measured, seconds: (measured.seconds / sample.length) * files.length, files: files.length, note: `timed on ${sample.length} files, scaled to ${files.length}` });
  }

  // Editor on-save latency: one small document, process start-up and schema compilation included.
  const one = [join(corpus, 'domain/qemuxml2argvdata/minimal.xml')];
  const single: Timing[] = [
    time('virtkit-validate, virtkit schema', 'node apps/validator/dist/main.js -q minimal.xml', (f) => [process.execPath, [cli, '-q', ...f]], one, zeroOrOne),
    time('virtkit-validate, libvirt domain.rng', `node apps/validator/dist/main.js -q --schema ${libvirtDomain} minimal.xml`, (f) => [process.execPath, [cli, '-q', '--schema', libvirtDomain, ...f]], one, zeroOrOne),
    time('xmllint (libxml2)', `xmllint --noout --relaxng ${libvirtDomain} minimal.xml`, (f) => ['xmllint', ['--noout', '--relaxng', libvirtDomain, ...f]], one, xmllintOk),
  ];

  const base = timings[0]!;
  const rows = timings.map((t) => `| ${t.label} | \`${t.command}\` | ${t.seconds.toFixed(2)} s${t.note ? ` (${t.note})` : ''} | ${(t.seconds / t.files * 1000).toFixed(2)} ms | ${(t.seconds / base.seconds).toFixed(2)}× |`);
  const md = [
    '## virtkit-validate vs xmllint, jing, virt-xml-validate',
    '',
    `libvirt's domain corpus (${files.length} files, ${manifest.filter((e) => !e.valid).length} schema-invalid), every tool on the same files in the same run;`,
    `best of ${ROUNDS} wall-clock runs, process start-up included. Last column: the tool's time divided by virtkit-validate's with libvirt's schema (below 1: faster than virtkit-validate).`,
    virtXml ? '' : '_virt-xml-validate (libvirt-clients) is not installed here; the per-file xmllint row stands in for it._',
    '',
    '| tool | command | wall time | per file | vs virtkit |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    'One document (`qemuxml2argvdata/minimal.xml`), as an editor would run it on save:',
    '',
    '| tool | command | wall time |',
    '|---|---|---|',
    ...single.map((t) => `| ${t.label} | \`${t.command}\` | ${(t.seconds * 1000).toFixed(0)} ms |`),
    '',
    'Run with `npm run bench -w @virtkit/validator` (the `bench` script: build, then `node dist/bench/run.js`).',
  ].join('\n');
  writeBenchmarkSection('validator', md);
  console.log(md);
}

main();
