import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cliPath, packageDir } from './cli-process.js';

/** Vitest global setup: build the shipped command (tsc -b follows the references, then the bundle). */
export default function buildCli(): void {
  const require = createRequire(import.meta.url);
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', 'tsconfig.lib.json'], { cwd: packageDir, stdio: 'inherit' });
  const rolldown = join(dirname(require.resolve('rolldown/package.json')), 'bin', 'cli.mjs');
  execFileSync(process.execPath, [rolldown, '-c', 'rolldown.config.mjs'], { cwd: packageDir, stdio: 'inherit' });
  chmodSync(cliPath, 0o755);
}
