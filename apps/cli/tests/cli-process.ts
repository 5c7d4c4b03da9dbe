import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The shipped command (the bundle the package's bin points at). */
export const cliPath = join(packageDir, 'dist', 'virtkit.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `virtkit` executable as a user would. */
export function virtkit(...args: string[]): CliRun {
  const r = spawnSync(cliPath, args, { encoding: 'utf8', timeout: 60_000, env: { ...process.env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
