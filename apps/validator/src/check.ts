import { parseXml, XmlSyntaxError, type XmlDocument } from '@virtkit/xml';
import { ValidatorCode } from './codes.js';
import { SchemaLoadError, type SchemaSet } from './schemas.js';
import type { FileResult, Problem } from './types.js';

export interface CheckOptions {
  /** Stop reporting a file's errors after this many. */
  readonly maxErrors?: number;
}

/**
 * Checks one document's text: well-formedness first (a malformed file gets a single 1xxx
 * problem at the parser's position), then the schema chosen by its root element.
 */
export function checkText(
  text: string,
  where: { readonly display: string; readonly absolute?: string },
  schemas: SchemaSet,
  options: CheckOptions = {},
): FileResult {
  const base = { file: where.display, ...(where.absolute === undefined ? {} : { absolute: where.absolute }) };
  let doc: XmlDocument;
  try {
    doc = parseXml(stripByteOrderMark(text), { file: where.display });
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    const at = { line: error.line, column: error.column };
    return { ...base, valid: false, problems: [{ code: error.code, severity: 'error', message: error.reason, range: { start: at } }] };
  }

  const schemaFile = schemas.fileFor(doc.root);
  if (schemaFile === undefined) {
    return failed(base, 'schema', {
      code: ValidatorCode.NoSchemaForRoot,
      message: schemas.missingSchemaMessage(doc.root.local),
      path: `/${doc.root.name}`,
      range: { start: doc.root.startTagRange.start, end: doc.root.startTagRange.end },
    });
  }
  let outcome: ReturnType<ReturnType<SchemaSet['load']>['validate']>;
  try {
    outcome = schemas.load(schemaFile).validate(doc, {
      file: where.display,
      ...(options.maxErrors === undefined ? {} : { maxErrors: options.maxErrors }),
    });
  } catch (error) {
    if (!(error instanceof SchemaLoadError)) throw error;
    return { ...failed(base, 'schema', { code: ValidatorCode.SchemaUnusable, message: error.message }), schema: schemaFile };
  }
  const problems = [...outcome.diagnostics].sort(byPosition);
  return { ...base, valid: outcome.valid, problems, schema: schemaFile };
}

function failed(base: Pick<FileResult, 'file' | 'absolute'>, failure: 'schema', problem: Omit<Problem, 'severity'>): FileResult {
  return { ...base, valid: false, failure, problems: [{ ...problem, severity: 'error' }] };
}

/**
 * Document order. Problems without a position (such as "stopped after N errors") come last, in
 * the order the engine gave them.
 */
function byPosition(a: Problem, b: Problem): number {
  const pa = a.range?.start;
  const pb = b.range?.start;
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  return pa.line - pb.line || pa.column - pb.column;
}

/** Editors on some platforms save a UTF-8 byte-order mark; it is not part of the XML. */
function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
