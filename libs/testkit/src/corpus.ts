import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this package's src/ or dist/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Where libvirt 9.0.0's test data lives: `$VIRTKIT_CORPUS`, else `../shared/corpus/libvirt-9.0.0`
 * beside the repository. Returns undefined when absent outside CI, so suites can skip; in CI
 * (CI=true) an absent corpus is an error, never a silent skip.
 */
export function libvirtCorpusDir(): string | undefined {
  const dir = process.env.VIRTKIT_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus', 'libvirt-9.0.0');
  if (existsSync(join(dir, 'README.md'))) return dir;
  if (process.env.CI) throw new Error(`libvirt corpus not found at ${dir} (required in CI)`);
  return undefined;
}

/** James Clark's RELAX NG test suite (spectest.xml), same rules as libvirtCorpusDir. */
export function relaxngSpectestFile(): string | undefined {
  const file = process.env.VIRTKIT_SPECTEST ?? join(repoRoot, '..', 'shared', 'corpus', 'relaxng-spectest', 'spectest.xml');
  if (existsSync(file)) return file;
  if (process.env.CI) throw new Error(`RELAX NG spectest not found at ${file} (required in CI)`);
  return undefined;
}

export interface DomainManifestEntry {
  /** Path relative to the corpus folder, e.g. `domain/qemuxml2argvdata/minimal.xml`. */
  readonly file: string;
  /** libvirt's schema verdict (xmllint with domain.rng). */
  readonly valid: boolean;
}

/** Reads a JSON manifest of the corpus (`domain/manifest.json`, `xml2argv/manifest.json`, ...). */
export function readCorpusJson<T>(corpusDir: string, relative: string): T {
  return JSON.parse(readFileSync(join(corpusDir, relative), 'utf8')) as T;
}

/** libvirt's installed domain schema (Debian package libvirt0): a test oracle, never a build input. */
export function libvirtSchemaDir(): string | undefined {
  const dir = process.env.VIRTKIT_LIBVIRT_SCHEMAS ?? '/usr/share/libvirt/schemas';
  return existsSync(join(dir, 'domain.rng')) ? dir : undefined;
}
