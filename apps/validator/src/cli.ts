import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formats, type Format } from './report/index.js';
import { runValidation, type RunIo } from './run.js';
import type { StartWorker } from './parallel/pool.js';
import type { SchemaCompiler } from './schemas.js';

/** Everything a run needs, decided from the command line. */
export interface ValidateOptions {
  readonly inputs: readonly string[];
  readonly format: Format;
  readonly quiet: boolean;
  readonly color: 'auto' | 'always' | 'never';
  /** `--schema`: one schema for every document. */
  readonly schemaFile?: string;
  /** `--schema-dir`: directories holding `<root>.rng`. */
  readonly schemaDirs: readonly string[];
  /** `--max-errors`: per file. */
  readonly maxErrors?: number;
  /** `--jobs`: threads checking files at once; default 1. */
  readonly jobs?: number;
  /** `--stdin-name`: the name shown for `-`. */
  readonly stdinName?: string;
}

export type ParsedCommand =
  | { readonly kind: 'validate'; readonly options: ValidateOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const exitCodes = { valid: 0, invalid: 1, failure: 2 } as const;

export const usage = `Usage: virtkit-validate [options] FILE|DIR|- ...

Checks libvirt XML documents against their RELAX NG schema and reports every error with its
line, column, element path and what the schema expected there. Directories are searched
recursively for *.xml; - reads one document from standard input.

Options:
  -f, --format FORMAT   text (default), json, sarif or github
  -q, --quiet           only errors; nothing at all when every file is valid
  -s, --schema FILE     check every document against this .rng, whatever its root element
      --schema-dir DIR  look for <root>.rng in DIR (e.g. /usr/share/libvirt/schemas); repeatable
      --max-errors N    report at most N errors per file (default 100)
  -j, --jobs N          check files on up to N threads (default 1: worth it only for
                        many thousands of files on idle CPUs)
      --color WHEN      auto (default: on a terminal, unless NO_COLOR is set), always, never
      --stdin-name NAME name to report for a document read from -
  -h, --help            show this help
  -V, --version         show the version

Without --schema, a document is checked against virtkit's own schema when its root is <domain>;
other roots (network, pool, volume, ...) need --schema or --schema-dir.

Exit status: 0 every file valid, 1 some file invalid, 2 usage error or a file/schema that
could not be read.
`;

/** Reads the command line into options; never throws, never touches the file system. */
export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        quiet: { type: 'boolean', short: 'q' },
        schema: { type: 'string', short: 's' },
        'schema-dir': { type: 'string', multiple: true },
        'max-errors': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        color: { type: 'string' },
        'stdin-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const format = values.format ?? 'text';
  if (!isOneOf(format, formats)) return { kind: 'usage-error', message: `unknown format '${format}' (expected ${formats.join(', ')})` };
  const color = values.color ?? 'auto';
  if (!isOneOf(color, ['auto', 'always', 'never'] as const)) return { kind: 'usage-error', message: `--color takes auto, always or never, not '${color}'` };
  let maxErrors: number | undefined;
  if (values['max-errors'] !== undefined) {
    maxErrors = Number(values['max-errors']);
    if (!Number.isInteger(maxErrors) || maxErrors < 1) return { kind: 'usage-error', message: `--max-errors takes a positive integer, not '${values['max-errors']}'` };
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) return { kind: 'usage-error', message: `--jobs takes a positive integer, not '${values.jobs}'` };
  }
  if (positionals.length === 0) return { kind: 'usage-error', message: 'no input: give one or more FILE, DIR, or - for standard input' };

  return {
    kind: 'validate',
    options: {
      inputs: positionals,
      format,
      quiet: values.quiet ?? false,
      color,
      schemaDirs: values['schema-dir'] ?? [],
      ...(values.schema === undefined ? {} : { schemaFile: values.schema }),
      ...(maxErrors === undefined ? {} : { maxErrors }),
      ...(jobs === undefined ? {} : { jobs }),
      ...(values['stdin-name'] === undefined ? {} : { stdinName: values['stdin-name'] }),
    },
  };
}

export interface CliDependencies {
  /** Compiles a schema file (the engine's `compileSchema` in production). */
  readonly compile: SchemaCompiler;
  /** Starts a worker thread checking files (production); without it, runs use one thread. */
  readonly startWorker?: StartWorker;
}

/**
 * The whole command: parse, check the options against the file system, validate, report.
 * Writes only through `io` and returns the exit code, so it runs the same inside a test.
 */
export async function runCli(argv: readonly string[], io: RunIo, deps: CliDependencies): Promise<number> {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'help':
      io.stdout.write(usage);
      return exitCodes.valid;
    case 'version':
      io.stdout.write(`virtkit-validate ${toolVersion()}\n`);
      return exitCodes.valid;
    case 'usage-error':
      io.stderr.write(`virtkit-validate: ${command.message}\nTry 'virtkit-validate --help'.\n`);
      return exitCodes.failure;
    case 'validate':
      break;
  }
  const { options } = command;
  const problem = checkOptionPaths(options, io.cwd);
  if (problem !== undefined) {
    io.stderr.write(`virtkit-validate: ${problem}\n`);
    return exitCodes.failure;
  }
  return runValidation(options, io, { ...deps, version: toolVersion() });
}

/** `--schema` must be a file and each `--schema-dir` a directory, before any work starts. */
function checkOptionPaths(options: ValidateOptions, cwd: string): string | undefined {
  if (options.schemaFile !== undefined) {
    const file = resolve(cwd, options.schemaFile);
    if (!existsSync(file) || !statSync(file).isFile()) return `--schema ${options.schemaFile}: no such file`;
  }
  for (const dir of options.schemaDirs) {
    const path = resolve(cwd, dir);
    if (!existsSync(path) || !statSync(path).isDirectory()) return `--schema-dir ${dir}: no such directory`;
  }
  return undefined;
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

let version: string | undefined;
export function toolVersion(): string {
  version ??= (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  return version;
}
