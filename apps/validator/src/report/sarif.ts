import { pathToFileURL } from 'node:url';
import { codeName, describeCodeName } from '../codes.js';
import type { FileResult, Problem } from '../types.js';
import { relativeToCwd } from './locate.js';
import type { ReportContext, Reporter } from './reporter.js';

/** The base id artifact URIs are relative to; `originalUriBaseIds` maps it to the working directory. */
const SRCROOT = '%SRCROOT%';

/**
 * A SARIF 2.1.0 log with one run: one rule per problem code met, one result per problem, one
 * artifact per file. URIs are relative to the working directory (`%SRCROOT%`) so code scanning
 * services can map them onto the repository; files outside it get absolute `file:` URIs.
 */
export function sarifReporter(context: ReportContext): Reporter {
  return {
    file: () => '',
    end(results) {
      const rules: SarifRule[] = [];
      const ruleIndex = new Map<string, number>();
      const artifacts: SarifArtifact[] = [];
      const sarifResults: unknown[] = [];
      for (const result of results) {
        const artifactIndex = artifacts.push({ location: artifactLocation(result, context.cwd) }) - 1;
        for (const problem of result.problems) {
          if (context.quiet && problem.severity !== 'error') continue;
          const id = String(problem.code);
          let index = ruleIndex.get(id);
          if (index === undefined) {
            index = rules.push(rule(problem.code)) - 1;
            ruleIndex.set(id, index);
          }
          sarifResults.push(sarifResult(problem, id, index, { ...artifactLocation(result, context.cwd), index: artifactIndex }));
        }
      }
      const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
          tool: { driver: { name: 'virtkit-validate', semanticVersion: context.version, version: context.version, rules } },
          originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
          artifacts,
          results: sarifResults,
          columnKind: 'utf16CodeUnits',
          invocations: [{ executionSuccessful: results.every((r) => r.failure === undefined) }],
        }],
      };
      return `${JSON.stringify(log, null, 2)}\n`;
    },
  };
}

interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
}

interface SarifArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

interface SarifArtifact {
  readonly location: SarifArtifactLocation;
}

function rule(code: number | string): SarifRule {
  const name = codeName(code);
  return { id: String(code), name, shortDescription: { text: describeCodeName(name) } };
}

function artifactLocation(result: FileResult, cwd: string): SarifArtifactLocation {
  const relative = relativeToCwd(result, cwd);
  if (relative !== undefined) return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  if (result.absolute !== undefined) return { uri: pathToFileURL(result.absolute).href };
  return { uri: encodeURIComponent(result.file) };
}

function sarifResult(problem: Problem, ruleId: string, ruleIndex: number, artifact: SarifArtifactLocation & { index: number }) {
  const expected = problem.expected ?? [];
  const text = expected.length > 0 ? `${problem.message} (expected: ${expected.join(', ')})` : problem.message;
  const start = problem.range?.start;
  const end = problem.range?.end;
  const region = start
    ? {
        startLine: start.line,
        startColumn: start.column,
        ...(end && (end.line > start.line || (end.line === start.line && end.column > start.column)) ? { endLine: end.line, endColumn: end.column } : {}),
      }
    : undefined;
  return {
    ruleId,
    ruleIndex,
    level: problem.severity,
    message: { text },
    locations: [{
      physicalLocation: { artifactLocation: artifact, ...(region ? { region } : {}) },
      ...(problem.path ? { logicalLocations: [{ fullyQualifiedName: problem.path, kind: 'element' }] } : {}),
    }],
    ...(expected.length > 0 ? { properties: { expected } } : {}),
  };
}
