import { Worker } from 'node:worker_threads';
import { runCli } from './cli.js';
import { engineCompiler, type EngineOptions } from './engine.js';
import type { WorkerSetup } from './parallel/protocol.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface ProcessMainOptions {
  /** Command-line arguments (without node and the script). */
  readonly args: readonly string[];
  readonly engine: EngineOptions;
  /** The single-file build that worker threads of a parallel run execute; none: no threads. */
  readonly workerScript?: URL;
}

/**
 * The process edge: standard streams and exit code around `runCli`. Shared by the single-file
 * build (main.ts) and the start-up snapshot (snapshot-main.ts).
 */
export async function processMain(options: ProcessMainOptions): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`virtkit-validate ... | head`) is not a failure worth a stack trace.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // Worker threads get the options as data: a preloaded schema stays on this thread.
  const { preloaded: _preloaded, ...workerEngine } = options.engine;
  const workerScript = options.workerScript;
  try {
    process.exitCode = await runCli(options.args, {
      stdout: process.stdout,
      stderr: process.stderr,
      readStdin,
      env: process.env,
      cwd: process.cwd(),
    }, {
      compile: engineCompiler(options.engine),
      ...(workerScript === undefined
        ? {}
        : { startWorker: (setup: WorkerSetup) => new Worker(workerScript, { workerData: { ...setup, engine: workerEngine } }) }),
    });
  } catch (error) {
    process.stderr.write(`virtkit-validate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
  // Leave as soon as the output is out: tearing down a heap of several megabytes (the schema and
  // its memo tables) takes longer than anything left to do.
  process.stdout.write('', () => process.exit());
}
