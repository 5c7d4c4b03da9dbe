import { accessSync, constants } from 'node:fs';
import { arch } from 'node:os';
import { delimiter, join } from 'node:path';

const QEMU_TARGET: Readonly<Record<string, string>> = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i386', arm: 'arm', ppc64: 'ppc64', s390x: 's390x', riscv64: 'riscv64' };

/** `qemu-system-<host arch>` found on PATH, as libvirt picks its default emulator. */
export function defaultEmulator(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const name = `qemu-system-${QEMU_TARGET[arch()] ?? arch()}`;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return undefined;
}
