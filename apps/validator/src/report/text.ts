import { styles } from '../ansi.js';
import { summarize, type FileResult, type Problem } from '../types.js';
import type { ReportContext, Reporter } from './reporter.js';

/** Longest `expected:` list printed in full; the rest is counted. */
const EXPECTED_SHOWN = 12;

/**
 * Compiler-style text: `file:line:column: error[CODE]: message`, then indented lines with what
 * the schema expected there and the element path; a summary line at the end.
 */
export function textReporter(context: ReportContext): Reporter {
  const s = styles(context.color);
  return {
    file(result) {
      const problems = context.quiet ? result.problems.filter((p) => p.severity === 'error') : result.problems;
      return problems.map((problem) => formatProblem(result.file, problem, s)).join('');
    },
    end(results) {
      if (context.quiet) return '';
      const summary = summarize(results);
      const noun = summary.files === 1 ? 'file' : 'files';
      const parts = [s.green(`${summary.valid} valid`)];
      if (summary.invalid > summary.failed) parts.push(s.red(`${summary.invalid - summary.failed} invalid`));
      if (summary.failed > 0) parts.push(s.red(`${summary.failed} not checked`));
      return `${summary.files} ${noun} checked: ${parts.join(', ')}\n`;
    },
  };
}

function formatProblem(file: string, problem: Problem, s: ReturnType<typeof styles>): string {
  const start = problem.range?.start;
  const where = start ? `${file}:${start.line}:${start.column}` : file;
  const label = problem.severity === 'error' ? s.red(s.bold(`error[${problem.code}]`)) : s.yellow(s.bold(`warning[${problem.code}]`));
  let out = `${s.bold(`${where}:`)} ${label}: ${problem.message}\n`;
  const expected = problem.expected ?? [];
  if (expected.length > 0) {
    const shown = expected.slice(0, EXPECTED_SHOWN).join(', ');
    const more = expected.length > EXPECTED_SHOWN ? `, ... (${expected.length - EXPECTED_SHOWN} more)` : '';
    out += `  ${s.cyan('expected:')} ${shown}${more}\n`;
  }
  if (problem.path) out += `  ${s.dim('at:')} ${problem.path}\n`;
  return out;
}
