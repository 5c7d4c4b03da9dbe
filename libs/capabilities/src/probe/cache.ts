import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CapsCode } from '../errors.js';
import { isQemuFlag, type QemuFlag } from '../flags.js';
import type { CapsDiagnostic, QemuCapabilities } from '../types.js';

/** Bumped whenever the derivation or the stored shape changes, so old entries are re-probed. */
export const CACHE_FORMAT = 1;

/** What identifies the binary an entry was made for. */
export interface CacheKey {
  readonly binary: string;
  readonly mtimeMs: number;
  readonly size: number;
  readonly kvmUsable: boolean;
}

interface CacheEntry extends CacheKey {
  readonly format: number;
  readonly version: number;
  readonly caps: Omit<QemuCapabilities, 'flags'> & { readonly flags: string[] };
}

/** `$XDG_CACHE_HOME/virtkit/qemu-capabilities`, or `~/.cache/...` without XDG_CACHE_HOME. */
export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'virtkit', 'qemu-capabilities');
}

/** One file per binary path. */
export function cacheFile(dir: string, binary: string): string {
  return join(dir, `${createHash('sha256').update(binary).digest('hex').slice(0, 32)}.json`);
}

export type CacheLookup =
  | { readonly state: 'hit'; readonly caps: QemuCapabilities }
  | { readonly state: 'miss' | 'stale' }
  | { readonly state: 'corrupt'; readonly diagnostic: CapsDiagnostic };

/** Reads the entry for `key.binary`; stale when the binary or KVM availability changed since. */
export function readCache(dir: string, key: CacheKey): CacheLookup {
  const file = cacheFile(dir, key.binary);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { state: 'miss' };
  }
  try {
    const entry = JSON.parse(text) as CacheEntry;
    if (typeof entry !== 'object' || entry === null || !entry.caps || !Array.isArray(entry.caps.flags)) {
      throw new Error('entry has no capabilities');
    }
    if (entry.format !== CACHE_FORMAT || entry.binary !== key.binary || entry.mtimeMs !== key.mtimeMs ||
        entry.size !== key.size || entry.kvmUsable !== key.kvmUsable || entry.caps.version !== entry.version) {
      return { state: 'stale' };
    }
    const unknown = entry.caps.flags.find((f) => !isQemuFlag(f));
    if (unknown !== undefined) throw new Error(`unknown flag '${unknown}'`);
    return { state: 'hit', caps: { ...entry.caps, flags: new Set(entry.caps.flags as QemuFlag[]) } };
  } catch (e) {
    return {
      state: 'corrupt',
      diagnostic: {
        code: CapsCode.CacheCorrupt, severity: 'warning', path: file,
        message: `ignoring unreadable capabilities cache ${file}: ${(e as Error).message}; probing again`,
      },
    };
  }
}

/** Writes the entry atomically (temporary file, then rename); returns a warning on failure. */
export function writeCache(dir: string, key: CacheKey, caps: QemuCapabilities): CapsDiagnostic | undefined {
  const file = cacheFile(dir, key.binary);
  const entry: CacheEntry = { ...key, format: CACHE_FORMAT, version: caps.version, caps: { ...caps, flags: [...caps.flags] } };
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, file);
    return undefined;
  } catch (e) {
    return { code: CapsCode.CacheWriteFailed, severity: 'warning', path: file, message: `cannot write capabilities cache: ${(e as Error).message}` };
  }
}
