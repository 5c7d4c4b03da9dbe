import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FirmwareDescriptorFile, FirmwareLookup } from './runtime.js';

/** One directory of firmware descriptors: where it really is, and the path the host knows it by. */
export interface FirmwareDirectory {
  readonly dir: string;
  /** Defaults to `dir`; differs when descriptors are served from elsewhere (tests, containers). */
  readonly seenAs?: string;
}

/**
 * Reads `*.json` descriptors from directories given lowest precedence first. Missing
 * directories contribute nothing; files are read when `descriptors()` is called.
 */
export function directoryFirmwareLookup(dirs: readonly FirmwareDirectory[]): FirmwareLookup {
  return {
    descriptors(): FirmwareDescriptorFile[] {
      const out: FirmwareDescriptorFile[] = [];
      for (const { dir, seenAs } of dirs) {
        let names: string[];
        try {
          names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
        } catch {
          continue;
        }
        for (const name of names) out.push({ path: `${seenAs ?? dir}/${name}`, text: readFileSync(join(dir, name), 'utf8') });
      }
      return out;
    },
  };
}

/** The host's standard descriptor directories: the vendor's, the administrator's, the user's. */
export function hostFirmwareLookup(env: Readonly<Record<string, string | undefined>> = process.env): FirmwareLookup {
  const config = env.XDG_CONFIG_HOME || (env.HOME ? `${env.HOME}/.config` : undefined);
  return directoryFirmwareLookup([
    { dir: '/usr/share/qemu/firmware' },
    { dir: '/etc/qemu/firmware' },
    ...(config ? [{ dir: `${config}/qemu/firmware` }] : []),
  ]);
}
