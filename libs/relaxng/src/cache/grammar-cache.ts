import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { CompiledGrammar } from '../engine/compile.js';
import { deserializeGrammar, serializeGrammar, type SerializedGrammar } from '../engine/serialize.js';
import type { ReadFile } from '../reader/loader.js';

/** Bump when the serialized form or the compilation changes, so old entries are ignored. */
const FORMAT = 2;

/**
 * A compiled grammar with the schema files it came from. Paths are relative to the directory of
 * the schema's main file, so an entry built into a package stays valid wherever it is installed.
 */
export interface Entry {
  readonly format: number;
  /** Reading options the grammar depends on. */
  readonly variant: string;
  /** Every schema file read, with the hash of its text: the entry is valid while all still match. */
  readonly files: readonly { readonly path: string; readonly sha256: string }[];
  readonly grammar: SerializedGrammar;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const defaultRead: ReadFile = (path) => readFileSync(path, 'utf8');

/**
 * Compiles `file` with `build` (which must read every schema file through the readFile it is
 * given) and returns the grammar with the text of an entry that `loadCompiledEntry` accepts while
 * none of those files changed.
 */
export function compileToEntry(
  file: string,
  readFile: ReadFile | undefined,
  variant: string,
  build: (readFile: ReadFile) => CompiledGrammar,
): { grammar: CompiledGrammar; entry: string } {
  const read = readFile ?? defaultRead;
  const seen = new Map<string, string>();
  const grammar = build((path) => {
    const text = read(path);
    seen.set(path, text);
    return text;
  });
  const base = dirname(resolve(file));
  const entry: Entry = {
    format: FORMAT,
    variant,
    files: [...seen].map(([path, text]) => ({ path: relative(base, resolve(path)).split('\\').join('/'), sha256: sha256(text) })),
    grammar: serializeGrammar(grammar),
  };
  return { grammar, entry: JSON.stringify(entry) };
}

/** The grammar of an entry whose schema files (found next to `file`) are all unchanged; else undefined. */
export function loadCompiledEntry(text: string, file: string, readFile: ReadFile | undefined, variant: string): CompiledGrammar | undefined {
  const entry = parseEntry(text, variant);
  return entry && sourcesUnchanged(entry, file, readFile) ? deserializeGrammar(entry.grammar) : undefined;
}

/** The entry in `text` when it is one of this format for `variant`. */
export function parseEntry(text: string, variant: string): Entry | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(text) as Entry;
  } catch {
    return undefined;
  }
  return entry.format === FORMAT && entry.variant === variant ? entry : undefined;
}

/** Whether every schema file the entry was compiled from (found next to `file`) still has the same content. */
export function sourcesUnchanged(entry: Pick<Entry, 'files'>, file: string, readFile: ReadFile | undefined): boolean {
  const read = readFile ?? defaultRead;
  const base = dirname(resolve(file));
  for (const { path, sha256: expected } of entry.files) {
    try {
      if (sha256(read(resolve(base, path))) !== expected) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Returns the compiled grammar of `file` from `cacheDir` when none of the schema files it was
 * built from changed, else builds it with `build` and stores it. Reading, simplifying and
 * compiling a large schema costs hundreds of milliseconds in a fresh process; checking the
 * hashes and reading the entry back costs a few.
 */
export function cachedGrammar(
  file: string,
  cacheDir: string,
  readFile: ReadFile | undefined,
  variant: string,
  build: (readFile: ReadFile) => CompiledGrammar,
): CompiledGrammar {
  const entryFile = join(cacheDir, `${sha256(`${resolve(file)}\n${variant}`).slice(0, 32)}.json`);
  let text: string | undefined;
  try {
    text = readFileSync(entryFile, 'utf8');
  } catch {
    // No entry yet.
  }
  const cached = text === undefined ? undefined : loadCompiledEntry(text, file, readFile, variant);
  if (cached) return cached;
  const { grammar, entry } = compileToEntry(file, readFile, variant, build);
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename, so a concurrent reader (another process or thread) never sees half an entry.
    const temp = `${entryFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, entry);
    renameSync(temp, entryFile);
  } catch {
    // A cache that cannot be written only costs speed.
  }
  return grammar;
}
