import { summarize, type Problem } from '../types.js';
import { relativeToCwd } from './locate.js';
import type { ReportContext, Reporter } from './reporter.js';

/**
 * GitHub Actions workflow commands: one `::error` (or `::warning`) annotation per problem,
 * which GitHub shows on the offending line of the pull request.
 */
export function githubReporter(context: ReportContext): Reporter {
  return {
    file(result) {
      const file = relativeToCwd(result, context.cwd) ?? result.file;
      const problems = context.quiet ? result.problems.filter((p) => p.severity === 'error') : result.problems;
      return problems.map((problem) => annotation(file, problem)).join('');
    },
    end(results) {
      if (context.quiet) return '';
      const summary = summarize(results);
      return `virtkit-validate: ${summary.files} ${summary.files === 1 ? 'file' : 'files'} checked: ${summary.valid} valid, ${summary.invalid} invalid\n`;
    },
  };
}

function annotation(file: string, problem: Problem): string {
  const properties: [string, string | number][] = [['file', file]];
  const { start, end } = problem.range ?? {};
  if (start) properties.push(['line', start.line], ['col', start.column]);
  if (start && end && end.line >= start.line) properties.push(['endLine', end.line], ['endColumn', end.column]);
  properties.push(['title', `virtkit-validate ${problem.code}`]);
  const lines = [problem.message];
  if (problem.expected && problem.expected.length > 0) lines.push(`expected: ${problem.expected.join(', ')}`);
  if (problem.path) lines.push(`at: ${problem.path}`);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${problem.severity} ${props}::${escapeData(lines.join('\n'))}\n`;
}

/** Message text of a workflow command: `%`, CR and LF are percent-encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally encode `:` and `,`, which delimit the properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
