import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseXml, XmlSyntaxError, type XmlElement } from '@virtkit/xml';
import { SchemaError, SchemaErrorCode } from '../errors.js';
import type { SourceLocation } from '../ir.js';
import { RNG_NS, XML_NS } from './syntax.js';

export type ReadFile = (path: string) => string;

const defaultReadFile: ReadFile = (path) => readFileSync(path, 'utf8');

/**
 * Reads schema files, resolving `href`s against the referring file and refusing inclusion loops
 * (spec 4.6 and 4.7: a file may not, directly or indirectly, include or reference itself).
 */
export class SchemaLoader {
  private readonly loading: string[] = [];
  /** Namespace prefixes declared anywhere in the schema files. */
  readonly prefixes = new Map<string, string>();

  constructor(private readonly readFile: ReadFile = defaultReadFile) {}

  /**
   * Path of the file that `href` on `el` names: relative to the referring file, or to the
   * `xml:base` attributes of `el` and its ancestors (spec 4.5).
   */
  resolveHref(href: string, from: string, el: XmlElement, where: SourceLocation): string {
    if (href.includes('#')) throw new SchemaError(SchemaErrorCode.BadAttribute, `href "${href}" must not have a fragment identifier`, where);
    const bases: string[] = [];
    for (let e: XmlElement | undefined = el; e; e = e.parent) {
      const base = e.attributes.find((a) => a.uri === XML_NS && a.local === 'base');
      if (base) bases.unshift(base.value);
    }
    let url: URL;
    try {
      url = pathToFileURL(from);
      for (const base of bases) url = new URL(base, url);
      url = new URL(href, url);
    } catch {
      throw new SchemaError(SchemaErrorCode.BadAttribute, `href "${href}" is not a valid URI reference`, where);
    }
    if (url.protocol !== 'file:') {
      throw new SchemaError(SchemaErrorCode.Unreadable, `cannot load "${url.href}": only local files are supported`, where);
    }
    return fileURLToPath(url);
  }

  /** Parses a file and returns its root element, which must be in the RELAX NG namespace. */
  open(file: string, where: SourceLocation | undefined): XmlElement {
    if (this.loading.includes(file)) {
      throw new SchemaError(SchemaErrorCode.RecursiveInclusion, `"${file}" includes or references itself`, where);
    }
    let text: string;
    try {
      text = this.readFile(file);
    } catch (err) {
      throw new SchemaError(SchemaErrorCode.Unreadable, `cannot read "${file}": ${(err as Error).message}`, where);
    }
    let root: XmlElement;
    try {
      root = parseXml(text, { file }).root;
    } catch (err) {
      if (err instanceof XmlSyntaxError) {
        throw new SchemaError(SchemaErrorCode.NotXml, err.reason, { file, line: err.line, column: err.column });
      }
      throw err;
    }
    if (root.uri !== RNG_NS) {
      throw new SchemaError(SchemaErrorCode.BadSyntax, `root element <${root.name}> is not in the RELAX NG namespace`, { file, line: root.range.start.line, column: root.range.start.column });
    }
    this.collectPrefixes(root);
    return root;
  }

  /** Runs `body` while `file` counts as being loaded, for loop detection. */
  within<T>(file: string, body: () => T): T {
    this.loading.push(file);
    try {
      return body();
    } finally {
      this.loading.pop();
    }
  }

  private collectPrefixes(el: XmlElement): void {
    for (const [prefix, uri] of Object.entries(el.namespaces)) {
      if (prefix !== '' && !this.prefixes.has(prefix)) this.prefixes.set(prefix, uri);
    }
    for (const child of el.children) if (child.kind === 'element') this.collectPrefixes(child);
  }
}
