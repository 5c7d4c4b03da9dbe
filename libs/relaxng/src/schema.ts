import { parseXml, scanXml, XmlSyntaxError, type XmlDocument, type XmlElement } from '@virtkit/xml';
import { cachedGrammar, compileToEntry, loadCompiledEntry, parseEntry, sourcesUnchanged } from './cache/grammar-cache.js';
import type { Diagnostic, ValidationResult } from './diagnostics/codes.js';
import { compileGrammar, type CompiledGrammar } from './engine/compile.js';
import { Derivatives } from './engine/derivatives.js';
import { attributesIn, expectedIn, type Expected } from './engine/expected.js';
import { K, type P } from './engine/pattern.js';
import { Invalid, StreamChecker } from './engine/stream-check.js';
import { DocumentValidator, type ElementStates } from './engine/validator.js';
import type { ResolvedGrammar } from './ir.js';
import { listNames } from './name-class.js';
import { readGrammar, type ReadGrammarOptions } from './reader/read-grammar.js';
import { simplifyGrammar } from './simplify/simplify.js';

export interface ValidateOptions {
  /** File name shown in XML syntax errors. */
  readonly file?: string;
  /** Stop after this many errors (a warning says so). Default 100. */
  readonly maxErrors?: number;
}

export interface CompileSchemaOptions extends ReadGrammarOptions {
  /**
   * A folder where the simplified grammar is kept between processes, reused while none of the
   * schema files changed (checked by content hash). Saves most of the compile time of a CLI run.
   */
  readonly cacheDir?: string;
}

/** What an editor may offer inside one element of a document. */
export interface ExpectedAt {
  /** Attributes the start tag could still take. */
  readonly attributes: string[];
  /** Before each child node of the element (index i = before child i; last = before the end tag). */
  readonly children: Expected[];
}

/**
 * A compiled schema. Derivatives are memoized inside, so validating many documents with one
 * Schema gets faster as it warms up; a Schema is not meant to be shared across threads.
 */
export class Schema {
  private readonly d: Derivatives;
  #names: { elements: ReadonlySet<string>; attributes: ReadonlySet<string> } | undefined;
  #checker: StreamChecker | undefined;

  constructor(private readonly compiled: CompiledGrammar) {
    this.d = new Derivatives(compiled.factory);
  }

  /** Every element and attribute name the schema knows (local parts), for messages; built on first need. */
  private get names(): { elements: ReadonlySet<string>; attributes: ReadonlySet<string> } {
    if (this.#names) return this.#names;
    const elements = new Set<string>();
    const attributes = new Set<string>();
    const seen = new Set<P>();
    const visit = (p: P | undefined): void => {
      if (!p || seen.has(p)) return;
      seen.add(p);
      if (p.kind === K.Element) listNames(p.nc!).forEach((n) => elements.add(n.replace(/^\{[^}]*\}/, '')));
      if (p.kind === K.Attribute) listNames(p.nc!).forEach((n) => attributes.add(n.replace(/^\{[^}]*\}/, '')));
      visit(p.a);
      visit(p.b);
      visit(p.content);
    };
    this.compiled.elements.forEach(visit);
    return (this.#names = { elements, attributes });
  }

  /**
   * Validates a document given as text or as a parsed tree. Text is first read as a stream of
   * parse events with no tree built, which settles a valid document (the usual case) at the
   * lowest cost; only an invalid one is parsed into a tree, for diagnostics with paths and ranges.
   */
  validate(input: string | XmlDocument, options: ValidateOptions = {}): ValidationResult {
    let doc: XmlDocument;
    if (typeof input === 'string') {
      const scanOptions = options.file === undefined ? {} : { file: options.file };
      try {
        const checker = (this.#checker ??= new StreamChecker(this.compiled, this.d));
        checker.reset(input);
        scanXml(input, checker, scanOptions);
        return { valid: true, diagnostics: [] };
      } catch (err) {
        if (err instanceof XmlSyntaxError) return syntaxError(err);
        if (!(err instanceof Invalid)) throw err;
      }
      try {
        doc = parseXml(input, scanOptions);
      } catch (err) {
        if (!(err instanceof XmlSyntaxError)) throw err;
        return syntaxError(err);
      }
    } else {
      doc = input;
    }
    return this.explain(doc, options);
  }

  /** Validates a tree, reporting every independent error with its path and range. */
  private explain(doc: XmlDocument, options: ValidateOptions): ValidationResult {
    const validator = new DocumentValidator(this.compiled, this.d, options.maxErrors ?? 100, () => this.names);
    validator.run(doc.root);
    return { valid: validator.diagnostics.every((d) => d.severity !== 'error'), diagnostics: validator.diagnostics };
  }

  /**
   * What the schema allows inside `element` of `doc`: remaining attributes, and the elements,
   * values and text allowed before each child. Undefined when validation never reached the element
   * (e.g. it sits inside a subtree skipped after an error).
   */
  expectedAt(doc: XmlDocument, element: XmlElement): ExpectedAt | undefined {
    const states: ElementStates = { children: [] };
    const validator = new DocumentValidator(this.compiled, this.d, Number.MAX_SAFE_INTEGER, () => this.names, { element, states });
    validator.run(doc.root);
    if (!states.attributes) return undefined;
    const present = new Set(element.attributes.map((a) => (a.uri ? `{${a.uri}}${a.local}` : a.local)));
    return {
      attributes: attributesIn(states.attributes).filter((n) => !present.has(n)),
      children: states.children.map(expectedIn),
    };
  }

  /** Elements allowed as the root. */
  rootElements(): string[] {
    return expectedIn(this.compiled.start).elements;
  }
}

function syntaxError(err: XmlSyntaxError): ValidationResult {
  const at = { line: err.line, column: err.column, offset: 0 };
  const diagnostic: Diagnostic = { code: err.code, severity: 'error', message: err.reason, path: '', range: { start: at, end: at } };
  return { valid: false, diagnostics: [diagnostic] };
}

/** Builds a Schema from a grammar already read (e.g. by `readGrammar`). @throws SchemaError */
export function schemaFromGrammar(grammar: ResolvedGrammar): Schema {
  return new Schema(compileGrammar(simplifyGrammar(grammar)));
}

/**
 * Reads, simplifies and compiles a RELAX NG schema (XML syntax).
 * @throws SchemaError when the schema is unreadable or incorrect.
 */
export function compileSchema(file: string, options: CompileSchemaOptions = {}): Schema {
  const variant = variantOf(options);
  const build = (readFile: CompileSchemaOptions['readFile']) =>
    compileGrammar(simplifyGrammar(readGrammar(file, { ...options, ...(readFile ? { readFile } : {}) })));
  if (options.cacheDir === undefined) return new Schema(build(options.readFile));
  return new Schema(cachedGrammar(file, options.cacheDir, options.readFile, variant, build));
}

/**
 * Compiles a schema into a text that `loadPrecompiledSchema` turns back into the schema in a
 * few milliseconds, while none of the schema files changed (a build step writes it to a file).
 * @throws SchemaError when the schema is unreadable or incorrect.
 */
export function precompileSchema(file: string, options: ReadGrammarOptions = {}): string {
  return compileToEntry(file, options.readFile, variantOf(options), (readFile) =>
    compileGrammar(simplifyGrammar(readGrammar(file, { ...options, readFile })))).entry;
}

/**
 * The schema `precompiled` (a text from `precompileSchema(file)`) holds, when every schema file
 * it was compiled from still has the same content (checked by hash, files found relative to
 * `file`); undefined when one changed or the text is not such an entry: then compile.
 */
export function loadPrecompiledSchema(file: string, precompiled: string, options: ReadGrammarOptions = {}): Schema | undefined {
  const grammar = loadCompiledEntry(precompiled, file, options.readFile, variantOf(options));
  return grammar && new Schema(grammar);
}

/**
 * A check, to be run later and as often as needed, of whether `precompiled` (a text from
 * `precompileSchema(file)`) is still what `file` compiles to: every schema file it came from has
 * the same content. The text is read once, here; the check only hashes the schema files. For a
 * program that keeps the Schema `loadPrecompiledSchema` returned (in a start-up snapshot, say)
 * and must know at run time whether it may still use it.
 */
export function precompiledSchemaCheck(file: string, precompiled: string, options: ReadGrammarOptions = {}): () => boolean {
  const entry = parseEntry(precompiled, variantOf(options));
  if (entry === undefined) return () => false;
  const sources = { files: entry.files };
  return () => sourcesUnchanged(sources, file, options.readFile);
}

/** The reading options a compiled grammar depends on. */
function variantOf(options: ReadGrammarOptions): string {
  return `allowMissingStart=${options.allowMissingStart ?? false}`;
}
