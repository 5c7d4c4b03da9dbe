import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Define, SimplifiedGrammar } from '../ir.js';
import type { ReadFile } from '../reader/loader.js';

/** Bump when the IR or the simplification changes, so old cache entries are ignored. */
const FORMAT = 1;

interface Entry {
  readonly format: number;
  /** Every schema file read, with the hash of its text: the entry is valid while all still match. */
  readonly files: readonly { readonly path: string; readonly sha256: string }[];
  readonly start: SimplifiedGrammar['start'];
  readonly defines: readonly Define[];
  readonly prefixes: readonly [string, string][];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const defaultRead: ReadFile = (path) => readFileSync(path, 'utf8');

/**
 * Returns the simplified grammar of `file` from `cacheDir` when none of the schema files it was
 * built from changed, else builds it with `build` (which must read files through the given
 * readFile) and stores it. Reading and simplifying a large schema costs hundreds of
 * milliseconds in a fresh process; checking the hashes costs a few.
 */
export function cachedGrammar(
  file: string,
  cacheDir: string,
  readFile: ReadFile | undefined,
  /** Anything else the result depends on (reading options). */
  variant: string,
  build: (readFile: ReadFile) => SimplifiedGrammar,
): SimplifiedGrammar {
  const read = readFile ?? defaultRead;
  const entryFile = join(cacheDir, `${sha256(`${resolve(file)}\n${variant}`).slice(0, 32)}.json`);
  const cached = loadEntry(entryFile, read);
  if (cached) return cached;
  const seen = new Map<string, string>();
  const grammar = build((path) => {
    const text = read(path);
    seen.set(path, text);
    return text;
  });
  const entry: Entry = {
    format: FORMAT,
    files: [...seen].map(([path, text]) => ({ path, sha256: sha256(text) })),
    start: grammar.start,
    defines: [...grammar.defines.values()],
    prefixes: [...grammar.prefixes],
  };
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename, so a concurrent reader never sees half an entry.
    const temp = `${entryFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(entry));
    renameSync(temp, entryFile);
  } catch {
    // A cache that cannot be written only costs speed.
  }
  return grammar;
}

function loadEntry(entryFile: string, read: ReadFile): SimplifiedGrammar | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  } catch {
    return undefined;
  }
  if (entry.format !== FORMAT) return undefined;
  for (const { path, sha256: expected } of entry.files) {
    try {
      if (sha256(read(path)) !== expected) return undefined;
    } catch {
      return undefined;
    }
  }
  return { start: entry.start, defines: new Map(entry.defines.map((d) => [d.name, d])), prefixes: new Map(entry.prefixes) };
}
