import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libvirtCorpusDir, readCorpusJson, type DomainManifestEntry } from '@virtkit/testkit';

export interface CorpusDocument {
  readonly file: string;
  readonly text: string;
}

/** Every document of libvirt's domain corpus (domain/manifest.json), or undefined when absent. */
export function domainCorpus(): CorpusDocument[] | undefined {
  const dir = libvirtCorpusDir();
  if (!dir) return undefined;
  return readCorpusJson<DomainManifestEntry[]>(dir, 'domain/manifest.json').map((entry) => ({
    file: entry.file,
    text: readFileSync(join(dir, entry.file), 'utf8'),
  }));
}
