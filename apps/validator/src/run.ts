import { resolve } from 'node:path';
import { wantColor } from './ansi.js';
import { checkFile, checkText } from './check.js';
import type { ValidateOptions } from './cli.js';
import { discoverInputs, unreadable } from './discover.js';
import { checkOnThreads, type StartWorker } from './parallel/pool.js';
import type { WorkItem } from './parallel/protocol.js';
import { noProgress, terminalProgress, type Progress } from './progress.js';
import { createReporter } from './report/index.js';
import { SchemaLoadError, SchemaSet, type SchemaCompiler } from './schemas.js';
import type { FileResult } from './types.js';

/** A writable text stream, possibly a terminal. */
export interface OutputStream {
  write(text: string): void;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** The process edge, as the run sees it. */
export interface RunIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** The whole of standard input as text. */
  readStdin(): Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Clock for the progress line; defaults to `Date.now`. */
  readonly now?: () => number;
}

export interface RunDependencies {
  readonly compile: SchemaCompiler;
  readonly version: string;
  /** Starts a worker thread for large runs; without it every file is checked on this thread. */
  readonly startWorker?: StartWorker;
}

/** Fewer files than this never get a progress line. */
const PROGRESS_MIN_FILES = 20;
/**
 * Files per worker thread below which starting one costs more than it saves (a thread needs
 * tens of milliseconds to load the modules and the schema; a file takes a fraction of one).
 */
const FILES_PER_WORKER = 200;

/** Validates every input and writes the report; returns the exit code (0, 1 or 2). */
export async function runValidation(options: ValidateOptions, io: RunIo, deps: RunDependencies): Promise<number> {
  const schemas = new SchemaSet({
    ...(options.schemaFile === undefined ? {} : { schemaFile: resolve(io.cwd, options.schemaFile) }),
    schemaDirs: options.schemaDirs.map((dir) => resolve(io.cwd, dir)),
  }, deps.compile);
  if (options.schemaFile !== undefined) {
    // One schema for everything: if it is broken there is nothing to check, so say so once.
    try {
      schemas.load(resolve(io.cwd, options.schemaFile));
    } catch (error) {
      if (!(error instanceof SchemaLoadError)) throw error;
      io.stderr.write(`virtkit-validate: ${error.message}\n`);
      return 2;
    }
  }

  const { inputs, missing } = discoverInputs(options.inputs, {
    cwd: io.cwd,
    ...(options.stdinName === undefined ? {} : { stdinName: options.stdinName }),
  });
  if (inputs.length === 0 && missing.length === 0) {
    io.stderr.write(`virtkit-validate: no *.xml files found in ${options.inputs.join(', ')}\n`);
    return 2;
  }

  const reporter = createReporter(options.format, {
    cwd: io.cwd,
    color: options.format === 'text' && wantColor(options.color, io.stdout.isTTY === true, io.env),
    quiet: options.quiet,
    version: deps.version,
  });
  const progress: Progress = io.stderr.isTTY === true && !options.quiet && inputs.length >= PROGRESS_MIN_FILES
    ? terminalProgress((text) => io.stderr.write(text), {
      ...(io.stderr.columns === undefined ? {} : { columns: io.stderr.columns }),
      ...(io.now === undefined ? {} : { now: io.now }),
      ...progressDelay(io.env),
    })
    : noProgress;
  const emit = (text: string) => {
    if (text === '') return;
    progress.clear();
    io.stdout.write(text);
  };

  const results: FileResult[] = [];
  const record = (result: FileResult) => {
    results.push(result);
    emit(reporter.file(result));
  };
  missing.forEach(record);
  const maxErrors = options.maxErrors ?? 100;

  // Results may arrive out of order (several threads); they are reported in input order.
  const arrived: (FileResult | undefined)[] = new Array(inputs.length);
  let reported = 0;
  const deliver = (index: number, result: FileResult) => {
    arrived[index] = result;
    while (reported < inputs.length && arrived[reported] !== undefined) {
      record(arrived[reported]!);
      arrived[reported++] = undefined;
      if (reported < inputs.length) progress.update(reported, inputs.length, inputs[reported]!.display);
    }
  };
  const files: WorkItem[] = [];
  for (const [index, input] of inputs.entries()) {
    if (input.kind === 'file') {
      files.push({ index, display: input.display, absolute: input.absolute });
      continue;
    }
    let text: string;
    try {
      text = await io.readStdin();
    } catch (error) {
      deliver(index, unreadable(input.display, undefined, error));
      continue;
    }
    deliver(index, checkText(text, { display: input.display }, schemas, { maxErrors }));
  }
  if (inputs.length > 0) progress.update(reported, inputs.length, inputs[reported]?.display ?? '');
  const checkHere = (item: WorkItem) => checkFile(item, schemas, { maxErrors });
  // One thread unless asked: a thread pays its own start-up and warm-up (modules, schema, compiled
  // code, memo tables), which on the corpus costs more than it saves (see BENCHMARKS.md).
  const threads = Math.min((options.jobs ?? 1) - 1, Math.floor(files.length / FILES_PER_WORKER));
  if (deps.startWorker === undefined || threads < 1) {
    for (const item of files) deliver(item.index, checkHere(item));
  } else {
    const selection = schemas.selection;
    const workers = Array.from({ length: threads }, () => deps.startWorker!({ selection, maxErrors }));
    await checkOnThreads(files, workers, checkHere, deliver);
  }
  progress.clear();
  emit(reporter.end(results));

  if (results.some((r) => r.failure !== undefined)) return 2;
  return results.every((r) => r.valid) ? 0 : 1;
}

/** `VIRTKIT_PROGRESS_DELAY_MS` overrides how long a run lasts before the progress line shows. */
function progressDelay(env: Readonly<Record<string, string | undefined>>): { delayMs?: number } {
  const value = Number(env.VIRTKIT_PROGRESS_DELAY_MS);
  return env.VIRTKIT_PROGRESS_DELAY_MS !== undefined && Number.isFinite(value) && value >= 0 ? { delayMs: value } : {};
}
