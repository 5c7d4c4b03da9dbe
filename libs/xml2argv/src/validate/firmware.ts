import { attr, child, children, text } from '../input/json.js';
import type { ValidateContext } from './context.js';
import { MSG } from './messages.js';

/**
 * `<os firmware>` (autoselection) against a hand-written `<loader>`/`<nvram>`: each mode has
 * its own set of allowed combinations.
 */
export function checkFirmware(ctx: ValidateContext): void {
  const os = child(ctx.def, 'os');
  if (!os) return;
  const firmware = attr(os, 'firmware');
  const loaderValue = os.loader;
  const loader = child(os, 'loader');
  const hasLoader = loaderValue !== undefined;
  const hasNvram = os.nvram !== undefined;
  const loaderPath = text(loaderValue)?.trim();
  const stateless = attr(loader, 'stateless');

  if (firmware !== undefined) {
    const features = children(child(os, 'firmware'), 'feature');
    const enabled = (name: string): string | undefined => attr(features.find((f) => attr(f, 'name') === name), 'enabled');
    if (enabled('enrolled-keys') === 'yes' && enabled('secure-boot') === 'no') throw MSG.enrolledKeysWithoutSecureBoot();
    if (!hasLoader && !hasNvram) return;
    if (hasNvram && firmware !== 'efi') throw MSG.firmwareNoNvram(firmware);
    // With autoselection the loader may only carry flags; its kind and path are chosen for it.
    if (attr(loader, 'type') !== undefined || loaderPath) throw MSG.firmwareLoaderType();
  } else {
    if (child(os, 'firmware') !== undefined) throw MSG.firmwareFeaturesManual();
    if (!hasLoader) return;
    if (!loaderPath) throw MSG.loaderNoPath();
  }
  if (stateless === 'yes' && hasNvram) throw MSG.nvramStateless();
  if (stateless === 'no' && firmware === undefined && attr(loader, 'type') !== 'pflash') throw MSG.nvramNeedsPflash();
  if (stateless === 'no' && firmware !== undefined && firmware !== 'efi') throw MSG.nvramNeedsEfi();
}
