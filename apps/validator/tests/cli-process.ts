import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { corpusDir, packageDir } from './paths.js';

/** The single-file build (see rolldown.config.mjs). */
export const cliPath = join(packageDir, 'dist', 'virtkit-validate.js');
/** The command as installed: the launcher that starts the single-file build's start-up snapshot. */
export const launcherPath = join(packageDir, 'bin', 'virtkit-validate');
export const testCacheHome = join(packageDir, 'dist', '.test-cache');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `virtkit-validate` as its own process (by its shebang), in the validator corpus by default. */
export function runProcess(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string>; command?: string } = {}): CliRun {
  const result = spawnSync(options.command ?? cliPath, [...args], {
    cwd: options.cwd ?? corpusDir,
    input: options.input ?? '',
    encoding: 'utf8',
    // Compiled schemas (--schema) are cached inside the build output, not in the user's cache.
    env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: testCacheHome, ...options.env },
    maxBuffer: 1 << 28,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
