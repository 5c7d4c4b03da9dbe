import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { directoryFirmwareLookup, type FirmwareDirectory } from '../firmware-lookup.js';
import type { FirmwareLookup } from '../runtime.js';

interface WrapperPrefix {
  readonly prefix: string;
  readonly replacement: string;
}

// libvirt's build configures these two; the test harness redirects paths under them.
const BUILD_DIRS: Record<string, string> = { '${PREFIX}': '/usr', '${SYSCONFDIR}': '/etc' };
const FIRMWARE_SUFFIX = '/qemu/firmware';

const cache = new Map<string, FirmwareLookup>();

/**
 * The firmware descriptors libvirt's test harness shows the daemon: the manifest's file
 * wrapper prefixes map the standard directories to the corpus's support/ folder. The vendor
 * directory ranks lowest, then the host's /etc, then the user's.
 */
export function corpusFirmwareLookup(corpus: string): FirmwareLookup {
  let lookup = cache.get(corpus);
  if (lookup) return lookup;
  const manifest = JSON.parse(readFileSync(join(corpus, 'xml2argv', 'manifest.json'), 'utf8')) as {
    baseline?: { fileWrapperPrefixes?: readonly WrapperPrefix[] };
  };
  const dirs: (FirmwareDirectory & { rank: number })[] = [];
  for (const { prefix, replacement } of manifest.baseline?.fileWrapperPrefixes ?? []) {
    if (!prefix.endsWith(FIRMWARE_SUFFIX)) continue;
    const seenAs = prefix.replace(/^\$\{[A-Z]+\}/, (v) => BUILD_DIRS[v] ?? v);
    const dir = replacement.replace('${abs_srcdir}', join(corpus, 'support'));
    dirs.push({ dir, seenAs, rank: seenAs.startsWith('/usr/') ? 0 : seenAs.startsWith('/etc/') ? 1 : 2 });
  }
  lookup = directoryFirmwareLookup(dirs.sort((a, b) => a.rank - b.rank));
  cache.set(corpus, lookup);
  return lookup;
}
