import { resolve } from 'node:path';

/** What both conformance runners take on their command line. */
export interface RunnerArgs {
  /** libvirt's corpus folder, resolved against the caller's directory. */
  readonly corpus: string;
  /** Where to write one output file per entry, when given. */
  readonly out?: string;
  /** `ONLY=<id>`: run one case and print a diff. */
  readonly only?: string;
  /** Every raw argument, for runner-specific flags. */
  readonly argv: readonly string[];
}

/** Reads `--corpus DIR [--out DIR]` (exits with status 2 and `usage` when --corpus is missing). */
export function readRunnerArgs(usage: string): RunnerArgs {
  const argv = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  // npm runs workspace scripts inside the package; relative paths are the caller's.
  const base = process.env.INIT_CWD ?? process.cwd();
  const corpus = opt('--corpus');
  if (!corpus) {
    process.stderr.write(`usage: ${usage}\n`);
    process.exit(2);
  }
  const out = opt('--out');
  const only = process.env.ONLY;
  return { corpus: resolve(base, corpus), ...(out ? { out: resolve(base, out) } : {}), ...(only ? { only } : {}), argv };
}
