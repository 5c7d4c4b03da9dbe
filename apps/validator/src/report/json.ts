import { summarize, type FileResult, type Problem } from '../types.js';
import type { ReportContext, Reporter } from './reporter.js';

/** One entry of a file's `errors` (or `warnings`) list. */
export interface JsonProblem {
  readonly line: number | null;
  readonly column: number | null;
  readonly path: string | null;
  readonly message: string;
  readonly expected: readonly string[];
  readonly code: number | string;
}

export interface JsonFile {
  readonly file: string;
  readonly valid: boolean;
  readonly errors: JsonProblem[];
  /** Present only when the file has warnings. */
  readonly warnings?: JsonProblem[];
}

export interface JsonReport {
  readonly files: JsonFile[];
  readonly summary: { readonly files: number; readonly valid: number; readonly invalid: number };
}

/**
 * One JSON object for the whole run, written at the end. Positions and paths the validator does
 * not know (an unreadable file) are `null`, never invented. With `--quiet` only invalid files are
 * listed; the summary still counts every file.
 */
export function jsonReporter(context: ReportContext): Reporter {
  return {
    file: () => '',
    end(results) {
      const summary = summarize(results);
      const report: JsonReport = {
        files: results.filter((r) => !context.quiet || !r.valid).map((r) => jsonFile(r, context.quiet)),
        summary: { files: summary.files, valid: summary.valid, invalid: summary.invalid },
      };
      return `${JSON.stringify(report, null, 2)}\n`;
    },
  };
}

function jsonFile(result: FileResult, quiet: boolean): JsonFile {
  const errors = result.problems.filter((p) => p.severity === 'error').map(jsonProblem);
  const warnings = quiet ? [] : result.problems.filter((p) => p.severity === 'warning').map(jsonProblem);
  return { file: result.file, valid: result.valid, errors, ...(warnings.length > 0 ? { warnings } : {}) };
}

function jsonProblem(problem: Problem): JsonProblem {
  return {
    line: problem.range?.start.line ?? null,
    column: problem.range?.start.column ?? null,
    path: problem.path ? problem.path : null,
    message: problem.message,
    expected: problem.expected ?? [],
    code: problem.code,
  };
}
