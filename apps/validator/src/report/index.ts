import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import type { Format, ReportContext, Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

export { formats, type Format, type ReportContext, type Reporter } from './reporter.js';

export function createReporter(format: Format, context: ReportContext): Reporter {
  switch (format) {
    case 'text': return textReporter(context);
    case 'json': return jsonReporter(context);
    case 'sarif': return sarifReporter(context);
    case 'github': return githubReporter(context);
    default: {
      const unreachable: never = format;
      throw new Error(`unknown format ${String(unreachable)}`);
    }
  }
}
