// Build step (part of `npm run build`, after the bundles): the V8 start-up snapshot that
// bin/virtkit-validate starts from. `node --build-snapshot` runs the CommonJS bundle of
// src/snapshot-main.ts, which loads the schemas and warms them with the project's own sample
// documents (test/corpus/domain), and saves the heap to dist/virtkit-validate.blob.
//
// A snapshot only loads into the very node binary that wrote it, and holds absolute paths of
// this build: dist/virtkit-validate.blob.stamp records both (size and modification time of
// the binary, the dist directory), and the launcher uses the snapshot only when they match.
import { execFileSync } from 'node:child_process';
import { realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = realpathSync(join(packageDir, 'dist'));
const blob = join(dist, 'virtkit-validate.blob');
const stamp = `${blob}.stamp`;
const samples = join(packageDir, '..', '..', 'test', 'corpus', 'domain');

rmSync(stamp, { force: true }); // no stale stamp beside a blob that failed to build
const started = performance.now();
execFileSync(process.execPath, ['--no-warnings', '--snapshot-blob', blob, '--build-snapshot', join(dist, 'virtkit-validate-snapshot.cjs')], {
  env: { ...process.env, VIRTKIT_SNAPSHOT_SAMPLES: samples },
  stdio: 'inherit',
});
const node = statSync(process.execPath);
writeFileSync(stamp, `${node.size} ${Math.floor(node.mtimeMs / 1000)} ${dist}\n`);
console.log(`start-up snapshot -> dist/virtkit-validate.blob (${(statSync(blob).size / 1e6).toFixed(1)} MB, ${(performance.now() - started).toFixed(0)} ms)`);
