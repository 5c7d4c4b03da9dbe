import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The parts of a QEMU firmware descriptor (QEMU's docs/interop/firmware.json) used here. */
export interface FirmwareDescriptor {
  readonly file: string;
  readonly interfaceTypes: readonly string[];
  readonly targets: readonly { readonly architecture: string; readonly machines: readonly string[] }[];
  readonly features: readonly string[];
}

/**
 * Reads every `*.json` descriptor of the given directories, lowest priority first: a file in a
 * later directory replaces the one with the same name in an earlier one (QEMU's convention for
 * /usr/share/qemu/firmware, then /etc/qemu/firmware, then the user's ~/.config/qemu/firmware).
 * Unreadable files are skipped.
 */
export function readFirmwareDescriptors(dirs: readonly string[]): FirmwareDescriptor[] {
  const byName = new Map<string, FirmwareDescriptor>();
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      continue;
    }
    for (const f of files) {
      try {
        const j = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
        byName.set(basename(f), {
          file: join(dir, f),
          interfaceTypes: (j['interface-types'] as string[] | undefined) ?? [],
          targets: (j.targets as FirmwareDescriptor['targets'] | undefined) ?? [],
          features: (j.features as string[] | undefined) ?? [],
        });
      } catch {
        // A broken descriptor only hides that firmware.
      }
    }
  }
  return [...byName.keys()].sort().map((k) => byName.get(k)!);
}

/** Shell-style glob (`*`, `?`) as QEMU's descriptors use for machine names. */
function glob(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(name);
}

/** Firmware kinds (`bios`, `efi`) usable for one arch and machine, and whether Secure Boot is. */
export function firmwareSupport(descriptors: readonly FirmwareDescriptor[], arch: string, machine: string): { types: string[]; secure: boolean } {
  const matching = descriptors.filter((d) => d.targets.some((t) => t.architecture === arch && t.machines.some((m) => glob(m, machine))));
  const bios = matching.some((d) => d.interfaceTypes.includes('bios'));
  const efi = matching.some((d) => d.interfaceTypes.includes('uefi'));
  const secure = matching.some((d) => d.interfaceTypes.includes('uefi') && d.features.includes('secure-boot'));
  return { types: [...(bios ? ['bios'] : []), ...(efi ? ['efi'] : [])], secure };
}
