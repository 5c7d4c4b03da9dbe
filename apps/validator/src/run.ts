import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { wantColor } from './ansi.js';
import { checkText } from './check.js';
import type { ValidateOptions } from './cli.js';
import { discoverInputs, unreadable } from './discover.js';
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
}

/** Fewer files than this never get a progress line. */
const PROGRESS_MIN_FILES = 20;

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
  for (const [index, input] of inputs.entries()) {
    progress.update(index, inputs.length, input.display);
    let text: string;
    try {
      text = input.kind === 'stdin' ? await io.readStdin() : readFileSync(input.absolute, 'utf8');
    } catch (error) {
      record(unreadable(input.display, input.kind === 'file' ? input.absolute : undefined, error));
      continue;
    }
    record(checkText(text, input.kind === 'file' ? { display: input.display, absolute: input.absolute } : { display: input.display }, schemas, { maxErrors }));
  }
  progress.clear();
  emit(reporter.end(results));

  if (results.some((r) => r.failure !== undefined)) return 2;
  return results.every((r) => r.valid) ? 0 : 1;
}
