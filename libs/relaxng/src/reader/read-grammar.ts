import { resolve } from 'node:path';
import type { Pattern, ResolvedGrammar } from '../ir.js';
import type { ReadContext } from './context.js';
import { readGrammarElement } from './grammar-content.js';
import { flattenScopes, GrammarScope } from './grammar-scope.js';
import { SchemaLoader, type ReadFile } from './loader.js';
import { readPattern } from './patterns.js';
import { locate } from './syntax.js';

export interface ReadGrammarOptions {
  /** Reads a schema file (UTF-8 text); defaults to the file system. Lets callers serve schemas from memory. */
  readonly readFile?: ReadFile;
  /**
   * Accept a top-level grammar without `start` (a module of defines meant to be included), giving
   * it a `notAllowed` start. Default false: such a grammar is an error, as the specification says.
   */
  readonly allowMissingStart?: boolean;
}

/**
 * Reads a RELAX NG schema in XML syntax, following `include` and `externalRef`, and returns it
 * resolved: includes merged, `combine` applied, nested grammars flattened into one define table
 * with unique names, names resolved to namespace URIs. Everything else stays as written.
 *
 * @throws SchemaError when a file cannot be read or is not a correct RELAX NG schema.
 */
export function readGrammar(file: string, options: ReadGrammarOptions = {}): ResolvedGrammar {
  const path = resolve(file);
  const loader = new SchemaLoader(options.readFile);
  const root = loader.open(path, undefined);
  return loader.within(path, () => {
    const source = locate(path, root);
    const top = new GrammarScope(undefined, source);
    const ctx: ReadContext = { file: path, ns: '', library: '', scope: top };
    let start: Pattern;
    if (root.local === 'grammar') {
      readGrammarElement(root, ctx, loader);
      start = top.starts.length === 0 && options.allowMissingStart ? { kind: 'notAllowed' as const } : top.start();
    } else {
      // A bare pattern is a grammar whose start is that pattern (spec 4.18).
      start = readPattern(root, ctx, loader);
    }
    const defines = flattenScopes(top);
    return { start, defines, prefixes: loader.prefixes };
  });
}
