import { attr, child } from '../input/json.js';
import { devicesOfKind, aliasOf } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';

/** The virtio balloon device. */
export function buildMemballoonArgs(ctx: BuildContext): void {
  for (const b of devicesOfKind(ctx.def, 'memballoon')) {
    const model = attr(b, 'model');
    if (model === 'none') continue;
    const driver = { virtio: 'virtio-balloon-pci', 'virtio-transitional': 'virtio-balloon-pci-transitional', 'virtio-non-transitional': 'virtio-balloon-pci-non-transitional' }[model ?? ''];
    if (!driver) throw new Xml2ArgvError('not-implemented', `memballoon model '${model}'`);
    const deflate = attr(b, 'autodeflate');
    const report = attr(b, 'freePageReporting');
    ctx.cmd.add('-device', ctx.device({
      driver, ...virtioOptions(child(b, 'driver')), id: aliasOf(b),
      'deflate-on-oom': deflate === undefined ? undefined : deflate === 'on',
      'free-page-reporting': report === undefined ? undefined : report === 'on',
      ...addressProps(ctx, b),
    }));
  }
}

/** Common virtio driver options (`iommu`, `ats`, `packed`) from a `<driver>` element. */
export function virtioOptions(driver: ReturnType<typeof child>): Record<string, boolean | undefined> {
  const sw = (n: string): boolean | undefined => (attr(driver, n) === undefined ? undefined : attr(driver, n) === 'on');
  return { iommu_platform: sw('iommu'), ats: sw('ats'), packed: sw('packed'), 'page-per-vq': sw('page_per_vq') };
}
