import { relative, sep } from 'node:path';
import type { FileResult } from '../types.js';

/**
 * The file's path relative to `cwd` with `/` separators when it lies below `cwd`; otherwise
 * undefined (the caller decides: absolute URI, or the name as given).
 */
export function relativeToCwd(result: FileResult, cwd: string): string | undefined {
  if (result.absolute === undefined) return undefined;
  const rel = relative(cwd, result.absolute);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep) || /^[A-Za-z]:/.test(rel)) return undefined;
  return rel.split(sep).join('/');
}
