import type { FileResult } from '../types.js';

export const formats = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof formats)[number];

export interface ReportContext {
  /** Directory artifact locations are made relative to (SARIF). */
  readonly cwd: string;
  /** Use ANSI colours (text format only). */
  readonly color: boolean;
  /** Only errors: no warnings, no summary, nothing for valid files. */
  readonly quiet: boolean;
  /** The tool's version, for machine-readable formats. */
  readonly version: string;
}

/**
 * Turns results into output. `file` is called once per checked file, in order, as soon as its
 * result is known (streaming formats write then); `end` once with every result.
 */
export interface Reporter {
  file(result: FileResult): string;
  end(results: readonly FileResult[]): string;
}
