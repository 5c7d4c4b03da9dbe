import { attr, child } from '../input/json.js';
import type { ValidateContext } from './context.js';
import { MSG } from './messages.js';

/** Host devices: what each kind can boot from or show, and zPCI extensions of PCI addresses. */
export function checkHostdevs(ctx: ValidateContext): void {
  let ramfb = 0;
  for (const dev of ctx.devices('hostdev')) {
    const type = attr(dev, 'type');
    const model = attr(dev, 'model') ?? '';
    const boots = attr(child(dev, 'boot'), 'order') !== undefined;
    if (type === 'mdev' && attr(dev, 'ramfb') === 'on' && ++ramfb > 1) throw MSG.ramfbMultiple();
    if (boots && type === 'scsi_host') throw MSG.hostdevBootVhostScsi();
    if (boots && type === 'mdev' && model === 'vfio-ap') throw MSG.hostdevBootMdev(model);
    if (type === 'mdev' && attr(dev, 'display') === 'on' && ctx.devices('graphics').length === 0) throw MSG.mdevDisplayNeedsGraphics();
  }
}
