import { readFileSync } from 'node:fs';
import { LineIndex, scanXml, XmlSyntaxError, type XmlScanHandler } from '@virtkit/xml';
import { ValidatorCode } from './codes.js';
import { unreadable } from './discover.js';
import { SchemaLoadError, type SchemaSet } from './schemas.js';
import type { FileResult, Problem } from './types.js';

export interface CheckOptions {
  /** Stop reporting a file's errors after this many. */
  readonly maxErrors?: number;
}

/** Reads and checks one file; a file that cannot be read gets a failed result. */
export function checkFile(file: { readonly display: string; readonly absolute: string }, schemas: SchemaSet, options: CheckOptions = {}): FileResult {
  let text: string;
  try {
    text = readFileSync(file.absolute, 'utf8');
  } catch (error) {
    return unreadable(file.display, file.absolute, error);
  }
  return checkText(text, file, schemas, options);
}

/**
 * Checks one document's text against the schema chosen by its root element. A document that is
 * not well-formed gets a single 1xxx problem at the parser's position.
 */
export function checkText(
  text: string,
  where: { readonly display: string; readonly absolute?: string },
  schemas: SchemaSet,
  options: CheckOptions = {},
): FileResult {
  const base = { file: where.display, ...(where.absolute === undefined ? {} : { absolute: where.absolute }) };
  const body = stripByteOrderMark(text);
  let root: DocumentRoot;
  try {
    root = documentRoot(body, where.display);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return { ...base, valid: false, problems: [syntaxProblem(error.code, error.reason, { line: error.line, column: error.column })] };
  }

  const schemaFile = schemas.fileFor(root);
  if (schemaFile === undefined) {
    const lines = new LineIndex(body);
    return failed(base, 'schema', {
      code: ValidatorCode.NoSchemaForRoot,
      message: schemas.missingSchemaMessage(root.local),
      path: `/${root.name}`,
      range: { start: lines.at(root.start), end: lines.at(root.end) },
    });
  }
  let outcome: ReturnType<ReturnType<SchemaSet['load']>['validate']>;
  try {
    outcome = schemas.load(schemaFile).validate(body, {
      file: where.display,
      ...(options.maxErrors === undefined ? {} : { maxErrors: options.maxErrors }),
    });
  } catch (error) {
    if (!(error instanceof SchemaLoadError)) throw error;
    return { ...failed(base, 'schema', { code: ValidatorCode.SchemaUnusable, message: error.message }), schema: schemaFile };
  }
  // A syntax error past the root start tag comes from the schema's own parse: shown like the others.
  const problems = outcome.diagnostics
    .map((p) => (isXmlCode(p.code) && p.range ? syntaxProblem(p.code, p.message, p.range.start) : p))
    .sort(byPosition);
  return { ...base, valid: outcome.valid, problems, schema: schemaFile };
}

interface DocumentRoot {
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  /** Offsets of its start tag. */
  readonly start: number;
  readonly end: number;
}

/** Thrown by the handler below to stop the parser at the root start tag (not an Error: no stack to capture). */
const ROOT_FOUND = Symbol('root found');

/**
 * The root element, for choosing the schema. The usual document (an XML declaration, perhaps
 * comments, then a root without namespace declarations) is read by hand; anything else goes to
 * the parser, which also reports what is not well-formed before the root. The whole text is
 * parsed by the schema's validation in any case.
 * @throws XmlSyntaxError before the root start tag
 */
function documentRoot(text: string, file: string): DocumentRoot {
  const plain = plainRoot(text);
  if (plain) return plain;
  let found: DocumentRoot | undefined;
  const handler: XmlScanHandler = {
    startElement(name, _prefix, local, uri, _attributes, _namespaces, start, end) {
      found = { name, local, uri, start, end };
      throw ROOT_FOUND;
    },
    endElement() {},
    text() {},
  };
  try {
    scanXml(text, handler, { file });
  } catch (error) {
    if (error !== ROOT_FOUND) throw error;
  }
  // scanXml refuses a document without a root element, so found is set here.
  return found!;
}

const isBlank = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isNameChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d || c === 0x2e;

/** The root of a plainly written document (see documentRoot), or undefined to ask the parser. */
function plainRoot(text: string): DocumentRoot | undefined {
  let i = 0;
  for (;;) {
    while (isBlank(text.charCodeAt(i))) i++;
    const close = text.startsWith('<?', i) ? '?>' : text.startsWith('<!--', i) ? '-->' : undefined;
    if (close === undefined) break;
    const end = text.indexOf(close, i + 2);
    if (end < 0) return undefined;
    i = end + close.length;
  }
  if (text.charCodeAt(i) !== 0x3c) return undefined;
  const start = i;
  let j = i + 1;
  const first = text.charCodeAt(j);
  if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || first === 0x5f)) return undefined;
  while (isNameChar(text.charCodeAt(j))) j++;
  const name = text.slice(i + 1, j);
  // Attributes: plain `name="value"` pairs, none of them a namespace declaration.
  for (;;) {
    const before = j;
    while (isBlank(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (c === 0x3e) return { name, local: name, uri: '', start, end: j + 1 };
    if (c === 0x2f) return text.charCodeAt(j + 1) === 0x3e ? { name, local: name, uri: '', start, end: j + 2 } : undefined;
    if (j === before) return undefined; // no white space before an attribute, or an odd character
    const nameStart = j;
    while (isNameChar(text.charCodeAt(j))) j++;
    if (j === nameStart || text.startsWith('xmlns', nameStart)) return undefined;
    while (isBlank(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j++) !== 0x3d) return undefined;
    while (isBlank(text.charCodeAt(j))) j++;
    const quote = text[j];
    if (quote !== '"' && quote !== "'") return undefined;
    const valueEnd = text.indexOf(quote, j + 1);
    if (valueEnd < 0) return undefined;
    j = valueEnd + 1;
  }
}

/** 1xxx: the XML layer's codes (a string code is never one). */
function isXmlCode(code: number | string): boolean {
  return typeof code === 'number' && code >= 1000 && code < 2000;
}

function syntaxProblem(code: number | string, reason: string, at: { readonly line: number; readonly column: number }): Problem {
  return { code, severity: 'error', message: reason, range: { start: { line: at.line, column: at.column } } };
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
