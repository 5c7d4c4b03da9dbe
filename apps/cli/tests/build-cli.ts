import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageDir } from './cli-process.js';

/** Vitest global setup: compile the CLI and the libraries it imports (tsc -b follows the references). */
export default function buildCli(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', 'tsconfig.lib.json'], { cwd: packageDir, stdio: 'inherit' });
  chmodSync(join(packageDir, 'dist', 'main.js'), 0o755);
}
