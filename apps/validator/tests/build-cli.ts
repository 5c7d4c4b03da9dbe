import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cliPath } from './cli-process.js';
import { packageDir } from './paths.js';

/**
 * Vitest global setup: compile the CLI and the libraries it imports (tsc -b follows the project
 * references), precompile virtkit's schemas, bundle the command into one file and make it
 * executable: what `npm run build` does.
 */
export default function buildCli(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', 'tsconfig.lib.json'], { cwd: packageDir, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/precompile-schemas.mjs'], { cwd: packageDir, stdio: 'inherit' });
  const rolldown = join(dirname(createRequire(import.meta.url).resolve('rolldown/package.json')), 'bin', 'cli.mjs');
  execFileSync(process.execPath, [rolldown, '-c', 'rolldown.config.mjs'], { cwd: packageDir, stdio: 'inherit' });
  chmodSync(cliPath, 0o755);
}
