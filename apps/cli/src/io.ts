/** What a command may touch of its process: output streams and the environment. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes shared by every command. */
export const ExitCode = { Ok: 0, Failure: 1, Usage: 2 } as const;

/** A mistake in the command line; reported with the command's usage and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One subcommand. Add a file under commands/ and one line in commands/index.ts to extend the CLI. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Option synopsis shown by `virtkit help` and on usage errors. */
  readonly usage: string;
  readonly options: OptionSpec;
  run(opts: ParsedOptions, io: CliIo): Promise<number>;
}

/** Option name (without `--`) to whether it takes a value. */
export type OptionSpec = Readonly<Record<string, 'value' | 'flag'>>;

export interface ParsedOptions {
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly flags: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

/** Parses `--name value`, `--name=value` and `--flag`; unknown options are usage errors. */
export function parseOptions(argv: readonly string[], spec: OptionSpec): ParsedOptions {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option --${name}`);
    if (kind === 'flag') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    values[name] = value;
  }
  return { values, flags, positionals };
}
