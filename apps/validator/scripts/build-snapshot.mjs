// Build step (part of `npm run build`, after the bundles): the V8 start-up snapshot that
// bin/virtkit-validate starts from. `node --build-snapshot` runs the CommonJS bundle of
// src/snapshot-main.ts, which loads the schemas and warms them with the project's own sample
// documents (test/corpus/domain), and saves the heap to dist/virtkit-validate.blob.
//
// The stamp beside it (src/snapshot-stamp.ts) tells the launcher whether the snapshot fits the
// node binary and the place it runs in, and with which V8 options to start it.
import { execFileSync } from 'node:child_process';
import { realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_STAMP, snapshotStamp } from '../dist/snapshot-stamp.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = realpathSync(join(packageDir, 'dist'));
const blob = join(dist, 'virtkit-validate.blob');
const stamp = join(dist, SNAPSHOT_STAMP);
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
writeFileSync(stamp, snapshotStamp(process.execPath, dist, v8Options));
console.log(`start-up snapshot -> dist/virtkit-validate.blob (${(statSync(blob).size / 1e6).toFixed(1)} MB, ${(performance.now() - started).toFixed(0)} ms)`);
