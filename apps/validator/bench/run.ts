// Benchmark: virtkit-validate over libvirt's whole domain corpus in one process, against the
// tools people use today on the same files in the same run: xmllint (one process, libxml2's
// RELAX NG engine, which libvirt uses), jing (one JVM), and virt-xml-validate (one xmllint per
// file; timed on a sample when installed). The tools take turns within each round, so that load
// from other jobs on the machine hits all of them alike; the best round of each counts.
// Results go to BENCHMARKS.md (section "validator").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { libvirtCorpusDir, libvirtSchemaDir, readCorpusJson, writeBenchmarkSection, type DomainManifestEntry } from '@virtkit/testkit';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(packageDir, 'dist', 'virtkit-validate.js');
const shownCli = 'node apps/validator/dist/virtkit-validate.js';
/** The installed command: starts the start-up snapshot when the build made one for this node. */
const launcher = join(packageDir, 'bin', 'virtkit-validate');
const shownLauncher = 'apps/validator/bin/virtkit-validate';
const ROUNDS = Number(process.env.BENCH_RUNS ?? 9);
const SAMPLE = 100;

interface Tool {
  readonly label: string;
  readonly command: string;
  readonly files: readonly string[];
  readonly argv: (chunk: readonly string[]) => [string, string[]];
  readonly accept: (status: number | null) => boolean;
  /** Files per process (all of them unless the command line would be too long). */
  readonly chunk?: number;
  /** Timed on a sample, scaled to this many files. */
  readonly scaleTo?: number;
  readonly rounds?: number;
}

interface Timing { readonly tool: Tool; seconds: number }

function which(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

/** Wall-clock seconds of one run of a tool over its files. */
function once(tool: Tool, env: NodeJS.ProcessEnv): number {
  const chunk = tool.chunk ?? tool.files.length;
  const start = process.hrtime.bigint();
  for (let i = 0; i < tool.files.length; i += chunk) {
    const [command, args] = tool.argv(tool.files.slice(i, i + chunk));
    const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'], env });
    if (!tool.accept(run.status)) throw new Error(`${tool.label}: exit status ${run.status}`);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return tool.scaleTo ? (seconds / tool.files.length) * tool.scaleTo : seconds;
}

/** Best of ROUNDS for every tool, the tools taking turns within each round. */
function race(tools: readonly Tool[], env: NodeJS.ProcessEnv): Timing[] {
  const timings = tools.map((tool) => ({ tool, seconds: Infinity }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of timings) if (round < (t.tool.rounds ?? ROUNDS)) t.seconds = Math.min(t.seconds, once(t.tool, env));
  }
  return timings;
}

/** Whether bin/virtkit-validate will start from the snapshot (its stamp matches this node and place). */
function snapshotUsable(): boolean {
  const stamp = join(packageDir, 'dist', 'virtkit-validate.blob.stamp');
  if (!existsSync(stamp) || process.env.NODE_OPTIONS) return false;
  const [size, mtime, dir] = readFileSync(stamp, 'utf8').trim().split(' ');
  const node = statSync(process.execPath);
  return size === String(node.size) && mtime === String(Math.floor(node.mtimeMs / 1000)) && dir === realpathSync(join(packageDir, 'dist'));
}

function main(): void {
  const corpus = libvirtCorpusDir();
  const schemas = libvirtSchemaDir();
  if (!corpus || !schemas) {
    console.log('validator bench: libvirt corpus or schemas absent, nothing measured');
    return;
  }
  if (!existsSync(cli)) throw new Error(`${cli} missing: build first (npm run build)`);
  // The launcher falls back to the single-file build when its snapshot does not fit this node:
  // the rows that say "start-up snapshot" must then not claim one.
  if (!snapshotUsable()) throw new Error('the start-up snapshot was not built for this node binary here: build first (npm run build)');
  const libvirtDomain = join(schemas, 'domain.rng');
  const manifest = readCorpusJson<DomainManifestEntry[]>(corpus, 'domain/manifest.json');
  const files = manifest.map((entry) => join(corpus, entry.file));
  // Exit 1 means "some file invalid" for every tool here (24 corpus files are), not a failure.
  const zeroOrOne = (status: number | null) => status === 0 || status === 1;
  // xmllint reports invalid files with status 3.
  const xmllintOk = (status: number | null) => status === 0 || status === 3;
  // A cache directory of our own: the libvirt schema is compiled by the first (warm-up) run and
  // read from the cache by the timed ones, as on any machine after the first use.
  const cacheHome = mkdtempSync(join(tmpdir(), 'virtkit-bench-cache-'));
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
  once({ label: 'warm-up', command: '', files: [files[0]!], argv: (f) => [process.execPath, [cli, '-q', '--schema', libvirtDomain, ...f]], accept: zeroOrOne }, env);

  // One process per tool, unless the command line would come near ARG_MAX (2 MiB on Linux).
  const argBytes = files.reduce((n, f) => n + f.length + 1, 0);
  const chunk = argBytes < 1_000_000 ? files.length : Math.ceil(files.length / Math.ceil(argBytes / 1_000_000));
  const many = chunk === files.length ? `<${files.length} files>` : `<files, ${chunk} per process>`;
  const sample = files.filter((_, i) => i % Math.ceil(files.length / SAMPLE) === 0);
  const virtXml = which('virt-xml-validate');
  const tools: Tool[] = [
    { label: 'virtkit-validate (installed command: start-up snapshot)', command: `${shownLauncher} -q ${many}`, files, argv: (c) => [launcher, ['-q', ...c]], accept: zeroOrOne },
    { label: 'virtkit-validate, single-file build (no snapshot)', command: `${shownCli} -q ${many}`, files, argv: (c) => [process.execPath, [cli, '-q', ...c]], accept: zeroOrOne },
    { label: 'virtkit-validate, two threads', command: `${shownLauncher} -q -j 2 ${many}`, files, argv: (c) => [launcher, ['-q', '-j', '2', ...c]], accept: zeroOrOne },
    { label: 'virtkit-validate, libvirt domain.rng (cached)', command: `${shownLauncher} -q --schema ${libvirtDomain} ${many}`, files, argv: (c) => [launcher, ['-q', '--schema', libvirtDomain, ...c]], accept: zeroOrOne },
    { label: 'xmllint (libxml2)', command: `xmllint --noout --relaxng ${libvirtDomain} ${many}`, files, argv: (c) => ['xmllint', ['--noout', '--relaxng', libvirtDomain, ...c]], accept: xmllintOk, chunk },
    ...(which('jing')
      ? [{ label: 'jing', command: `jing ${libvirtDomain} ${many}`, files, argv: (c: readonly string[]): [string, string[]] => ['jing', [libvirtDomain, ...c]], accept: zeroOrOne, chunk, rounds: 2 }]
      : []),
    virtXml
      ? { label: 'virt-xml-validate', command: 'virt-xml-validate FILE domain (one process per file)', files: sample, argv: (c) => ['virt-xml-validate', [c[0]!, 'domain']], accept: (s) => s === 0 || s === 1 || s === 3, chunk: 1, scaleTo: files.length, rounds: 1 }
      // What virt-xml-validate does for each file, without its shell wrapper: one xmllint per file.
      : { label: 'xmllint per file (virt-xml-validate\'s way, without its wrapper)', command: `xmllint --noout --relaxng ${libvirtDomain} FILE (one process per file)`, files: sample, argv: (c) => ['xmllint', ['--noout', '--relaxng', libvirtDomain, ...c]], accept: xmllintOk, chunk: 1, scaleTo: files.length, rounds: 1 },
  ];

  // Editor on-save latency: one small document, process start-up and schema loading included.
  const one = [join(corpus, 'domain/qemuxml2argvdata/minimal.xml')];
  const single: Tool[] = [
    { label: 'virtkit-validate (installed command: start-up snapshot)', command: `${shownLauncher} -q minimal.xml`, files: one, argv: (f) => [launcher, ['-q', ...f]], accept: zeroOrOne },
    { label: 'virtkit-validate, single-file build (no snapshot)', command: `${shownCli} -q minimal.xml`, files: one, argv: (f) => [process.execPath, [cli, '-q', ...f]], accept: zeroOrOne },
    { label: 'virtkit-validate, libvirt domain.rng (cached)', command: `${shownLauncher} -q --schema ${libvirtDomain} minimal.xml`, files: one, argv: (f) => [launcher, ['-q', '--schema', libvirtDomain, ...f]], accept: zeroOrOne },
    { label: 'xmllint (libxml2)', command: `xmllint --noout --relaxng ${libvirtDomain} minimal.xml`, files: one, argv: (f) => ['xmllint', ['--noout', '--relaxng', libvirtDomain, ...f]], accept: xmllintOk },
    { label: 'node -e 0 (Node start-up alone)', command: 'node -e 0', files: one, argv: () => [process.execPath, ['-e', '0']], accept: (s) => s === 0 },
  ];

  const corpusTimings = race(tools, env);
  const singleTimings = race(single, env);
  rmSync(cacheHome, { recursive: true, force: true });

  const xmllint = corpusTimings.find((t) => t.tool.label.startsWith('xmllint (libxml2)'))!;
  const rows = corpusTimings.map(({ tool, seconds }) =>
    `| ${tool.label} | \`${tool.command}\` | ${seconds.toFixed(2)} s${tool.scaleTo ? ` (timed on ${tool.files.length} files, scaled to ${tool.scaleTo})` : ''} | ${(seconds / files.length * 1000).toFixed(2)} ms | ${(seconds / xmllint.seconds).toFixed(2)}× |`);
  const xmllintOne = singleTimings.find((t) => t.tool.label.startsWith('xmllint'))!;
  const md = [
    '## virtkit-validate vs xmllint, jing, virt-xml-validate',
    '',
    `libvirt's domain corpus (${files.length} files, ${manifest.filter((e) => !e.valid).length} schema-invalid), every tool on the same files in the same run, taking turns`,
    `in each of ${ROUNDS} rounds; best round, wall clock, process start-up included. Last column: time divided by xmllint's (below 1: faster than xmllint).`,
    `Load average when done: ${loadavg()[0]!.toFixed(1)} on this ${availableParallelism()}-CPU machine (other jobs share it; compare ratios, not absolute times).`,
    'virtkit-validate checks on one thread unless given `-j`; the libvirt schema row reads the schema compiled by an earlier run from the cache.',
    virtXml ? '' : '_virt-xml-validate (libvirt-clients) is not installed here; the per-file xmllint row stands in for it._',
    '',
    '| tool | command | wall time | per file | vs xmllint |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    'One document (`qemuxml2argvdata/minimal.xml`), as an editor would run it on save:',
    '',
    '| tool | command | wall time | vs xmllint |',
    '|---|---|---|---|',
    ...singleTimings.map(({ tool, seconds }) => `| ${tool.label} | \`${tool.command}\` | ${(seconds * 1000).toFixed(0)} ms | ${(seconds / xmllintOne.seconds).toFixed(1)}× |`),
    '',
    'Run with `npm run bench -w @virtkit/validator` (the `bench` script: build, then `node dist/bench/run.js`; `BENCH_RUNS=N` for more rounds).',
  ].join('\n');
  writeBenchmarkSection('validator', md);
  console.log(md);
}

main();
