import { child, childText } from '../input/json.js';
import type { BuildContext } from './context.js';

/**
 * Direct kernel boot: QEMU loads the kernel, initial ramdisk and device tree named in `<os>`
 * itself and hands the guest the command line. Each path is its own argv element, so no
 * escaping is needed.
 */
export function buildDirectKernelArgs(ctx: BuildContext): void {
  const os = child(ctx.def, 'os');
  const options: ReadonlyArray<readonly [string, string]> = [['kernel', '-kernel'], ['initrd', '-initrd'], ['cmdline', '-append'], ['dtb', '-dtb']];
  for (const [element, option] of options) {
    const value = childText(os, element);
    if (value !== undefined) ctx.cmd.add(option, value);
  }
}
