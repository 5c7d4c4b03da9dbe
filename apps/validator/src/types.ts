/** A place in a checked file. `line` and `column` are 1-based; columns count UTF-16 code units. */
export interface ProblemPosition {
  readonly line: number;
  readonly column: number;
  readonly offset?: number;
}

/**
 * One thing wrong with a file, as reported. Structurally the engine's `Diagnostic`, so the
 * engine's diagnostics are reported unchanged; the validator adds its own for files it could not
 * check at all (see `ValidatorCode`).
 */
export interface Problem {
  readonly code: number | string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Element path such as `/domain/devices/disk[2]/target`; '' or absent when not inside the document. */
  readonly path?: string;
  readonly range?: { readonly start: ProblemPosition; readonly end?: ProblemPosition };
  /** What the schema would have accepted at that point, when the engine knows. */
  readonly expected?: readonly string[];
}

/** Why a file could not be checked at all: counts as a usage/I-O failure (exit code 2). */
export type FailureKind = 'io' | 'schema';

/** The outcome for one input. */
export interface FileResult {
  /** The name shown to the user: the path as given (or found under a given directory), `<stdin>` for `-`. */
  readonly file: string;
  /** Absolute path on disk; absent for standard input. */
  readonly absolute?: string;
  /** True when the document has no error (warnings allowed). */
  readonly valid: boolean;
  readonly problems: readonly Problem[];
  /** Set when the file was not checked (unreadable, no schema for its root, broken schema). */
  readonly failure?: FailureKind;
  /** The schema file that was applied, when one was. */
  readonly schema?: string;
}

export interface RunSummary {
  readonly files: number;
  readonly valid: number;
  readonly invalid: number;
  /** Files among `invalid` that could not be checked at all. */
  readonly failed: number;
}

export function summarize(results: readonly FileResult[]): RunSummary {
  let valid = 0;
  let failed = 0;
  for (const result of results) {
    if (result.valid) valid++;
    if (result.failure) failed++;
  }
  return { files: results.length, valid, invalid: results.length - valid, failed };
}
