import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/** What a command-line path names; `error` when it cannot be looked at. */
export type PathKind = { readonly kind: 'file' | 'directory' } | { readonly kind: 'error'; readonly error: unknown };

/** Paths sharing a directory from which on its listing is read rather than each path looked at. */
const LISTING_THRESHOLD = 8;

/**
 * Tells files from directories for many command-line paths at once. A CI job passes thousands
 * of files (`virtkit-validate dir/*.xml`), mostly from a few directories: one listing per such
 * directory answers for all of them, where a `stat` per path costs more than checking a small
 * document. Paths alone in their directory, and anything a listing cannot settle (symbolic
 * links, special files, names it does not hold), are looked at one by one.
 */
export function pathKinds(paths: readonly string[]): PathKind[] {
  const perDirectory = new Map<string, number>();
  for (const path of paths) {
    const dir = parentOf(path);
    perDirectory.set(dir, (perDirectory.get(dir) ?? 0) + 1);
  }
  const listings = new Map<string, Map<string, Dirent> | undefined>();
  return paths.map((path) => {
    const dir = parentOf(path);
    if ((perDirectory.get(dir) ?? 0) >= LISTING_THRESHOLD) {
      let listing = listings.get(dir);
      if (!listings.has(dir)) listings.set(dir, (listing = list(dir)));
      const entry = listing?.get(path.slice(dir.length + 1));
      if (entry?.isFile()) return { kind: 'file' };
      if (entry?.isDirectory()) return { kind: 'directory' };
    }
    return statKind(path);
  });
}

function list(dir: string): Map<string, Dirent> | undefined {
  try {
    return new Map(readdirSync(dir, { withFileTypes: true }).map((entry) => [entry.name, entry]));
  } catch {
    return undefined; // each path is then looked at alone, and reports its own error
  }
}

function statKind(path: string): PathKind {
  try {
    return { kind: statSync(path).isDirectory() ? 'directory' : 'file' };
  } catch (error) {
    return { kind: 'error', error };
  }
}

/** The directory part of a normalised absolute path. */
function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/**
 * `path.resolve(cwd, arg)`, without its normalising walk for the common arguments that need
 * none but leading `./` and `../` (`vms/a.xml`, `../shared/a.xml`, `/srv/a.xml`).
 */
export function absolutePath(cwd: string, arg: string): string {
  if (!isAbsolute(cwd) || (cwd.length > 1 && cwd.endsWith('/'))) return resolve(cwd, arg);
  let base = cwd;
  let rest = arg;
  if (!rest.startsWith('/')) {
    for (;;) {
      if (rest.startsWith('./')) rest = rest.slice(2);
      else if (rest.startsWith('../') && base.length > 1) {
        base = base.slice(0, Math.max(1, base.lastIndexOf('/')));
        rest = rest.slice(3);
      } else break;
    }
  }
  if (rest === '' || rest.endsWith('/') || rest.includes('//') || /(^|\/)\.\.?(\/|$)/.test(rest) || base.endsWith('/.')) return resolve(cwd, arg);
  if (rest.startsWith('/')) return rest;
  return base.endsWith('/') ? base + rest : `${base}/${rest}`;
}
