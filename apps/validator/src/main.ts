#!/usr/bin/env node
import { isMainThread, Worker } from 'node:worker_threads';
import { runCli } from './cli.js';
import { builtinPrecompiled, defaultCacheDir, engineCompiler, type EngineOptions } from './engine.js';
import { builtinRoots, builtinSchemaDir } from './schemas.js';
import { runWorker } from './worker.js';

// The process edge: argv, standard streams, exit code. Everything else lives in cli.ts.
// The same file is the body of the worker threads of a parallel run, so that the shipped
// single-file build needs no second entry point.

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`virtkit-validate ... | head`) is not a failure worth a stack trace.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const engine: EngineOptions = { precompiled: builtinPrecompiled(builtinSchemaDir(), builtinRoots), cacheDir: defaultCacheDir(process.env) };
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      readStdin,
      env: process.env,
      cwd: process.cwd(),
    }, {
      compile: engineCompiler(engine),
      startWorker: (setup) => new Worker(new URL(import.meta.url), { workerData: { ...setup, engine } }),
    });
  } catch (error) {
    process.stderr.write(`virtkit-validate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
}

if (isMainThread) await main();
else runWorker();
