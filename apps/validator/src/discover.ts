import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { absolutePath, pathKinds } from './path-kinds.js';
import { ValidatorCode } from './codes.js';
import type { FileResult } from './types.js';

/** One document to check. */
export type Input =
  | { readonly kind: 'file'; readonly display: string; readonly absolute: string }
  | { readonly kind: 'stdin'; readonly display: string };

export interface DiscoverOptions {
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** Name shown for `-` (standard input). Default `<stdin>`. */
  readonly stdinName?: string;
}

export interface Discovered {
  /** Documents to check, in argument order; directory contents sorted by name. */
  readonly inputs: Input[];
  /** Arguments that name nothing readable: reported as failed files (exit code 2). */
  readonly missing: FileResult[];
}

/**
 * Expands the command line's FILE|DIR|- arguments. A directory contributes every `*.xml` below
 * it; hidden entries (names starting with `.`) are skipped, as are symbolic links to directories,
 * so a link cycle cannot make the walk endless. A file named explicitly is checked whatever its
 * extension. The same file named twice is checked once.
 */
export function discoverInputs(args: readonly string[], options: DiscoverOptions): Discovered {
  const inputs: Input[] = [];
  const missing: FileResult[] = [];
  const seen = new Set<string>();
  const add = (input: Input) => {
    const key = input.kind === 'stdin' ? '-' : input.absolute;
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(input);
  };

  const absolutes = args.map((arg) => (arg === '-' ? '' : absolutePath(options.cwd, arg)));
  const kinds = pathKinds(absolutes.filter((path) => path !== ''));
  let next = 0;
  for (const [index, arg] of args.entries()) {
    if (arg === '-') {
      add({ kind: 'stdin', display: options.stdinName ?? '<stdin>' });
      continue;
    }
    const absolute = absolutes[index]!;
    const kind = kinds[next++]!;
    if (kind.kind === 'error') {
      missing.push(unreadable(arg, absolute, kind.error));
      continue;
    }
    if (kind.kind === 'file') {
      add({ kind: 'file', display: arg, absolute });
      continue;
    }
    try {
      for (const relative of walk(absolute)) add({ kind: 'file', display: join(arg, relative), absolute: join(absolute, relative) });
    } catch (error) {
      missing.push(unreadable(arg, absolute, error));
    }
  }
  return { inputs, missing };
}

/** Paths of `*.xml` files below `dir`, relative to it, depth first in name order. */
function walk(dir: string, prefix = ''): string[] {
  const entries = readdirSync(join(dir, prefix), { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const relative = prefix === '' ? entry.name : join(prefix, entry.name);
    if (entry.isDirectory()) found.push(...walk(dir, relative));
    else if (entry.name.endsWith('.xml') && isFileLike(entry, join(dir, relative))) found.push(relative);
  }
  return found;
}

function isFileLike(entry: Dirent, path: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false; // a dangling link is not a document
  }
}

/** A failed-file result for something that could not be read. */
export function unreadable(display: string, absolute: string | undefined, error: unknown): FileResult {
  const reason = describeIoError(error);
  return {
    file: display,
    ...(absolute === undefined ? {} : { absolute }),
    valid: false,
    failure: 'io',
    problems: [{ code: ValidatorCode.Unreadable, severity: 'error', message: `cannot read ${display}: ${reason}` }],
  };
}

function describeIoError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a path component is not a directory';
    default: return error instanceof Error ? error.message : String(error);
  }
}
