#!/usr/bin/env node
import { runCli } from './cli.js';

// The process edge: argv, standard streams, exit code. Everything else lives in cli.ts.

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`virtkit caps | head`) is not a failure worth a stack trace.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
} catch (error) {
  process.stderr.write(`virtkit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
