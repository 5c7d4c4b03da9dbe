// Build step (part of `npm run build`, after the bundles): the V8 start-up snapshot that
// bin/virtkit-validate starts from. `node --build-snapshot` runs the CommonJS bundle of
// src/snapshot-main.ts, which loads the schemas and warms them with the project's own sample
// documents (test/corpus/domain), and saves the heap to dist/virtkit-validate.blob.
//
// A snapshot only loads into the very node binary that wrote it, under the same V8 options, and
// holds absolute paths of this build: dist/virtkit-validate.blob.stamp records all three (size
// and modification time of the binary, the dist directory, the options), and the launcher uses
// the snapshot only when binary and directory match, with those options.
import { execFileSync } from 'node:child_process';
import { realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = realpathSync(join(packageDir, 'dist'));
const blob = join(dist, 'virtkit-validate.blob');
const stamp = `${blob}.stamp`;
const samples = join(packageDir, '..', '..', 'test', 'corpus', 'domain');
/**
 * V8 options the snapshot is built and run with (node refuses a snapshot under other V8
 * options, so the launcher takes them from the stamp). Optimising compilation waits for 15
 * times the usual amount of work: a run over a few thousand documents spends less time in
 * unoptimised code than V8 spends compiling, on one core, what it would otherwise optimise;
 * a long run still gets its hottest code optimised. See BENCHMARKS.md.
 */
const v8Options = ['--interrupt-budget=1000000'];

rmSync(stamp, { force: true }); // no stale stamp beside a blob that failed to build
const started = performance.now();
execFileSync(process.execPath, ['--no-warnings', ...v8Options, '--snapshot-blob', blob, '--build-snapshot', join(dist, 'virtkit-validate-snapshot.cjs')], {
  env: { ...process.env, VIRTKIT_SNAPSHOT_SAMPLES: samples },
  stdio: 'inherit',
});
const node = statSync(process.execPath);
writeFileSync(stamp, `${node.size} ${Math.floor(node.mtimeMs / 1000)} ${dist} ${v8Options.join(' ')}\n`);
console.log(`start-up snapshot -> dist/virtkit-validate.blob (${(statSync(blob).size / 1e6).toFixed(1)} MB, ${(performance.now() - started).toFixed(0)} ms)`);
