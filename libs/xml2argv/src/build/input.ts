import { attr, child } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';
import { virtioOptions } from './memballoon.js';

const USB_INPUT: Record<string, string> = { tablet: 'usb-tablet', mouse: 'usb-mouse', keyboard: 'usb-kbd' };
const VIRTIO_INPUT: Record<string, string> = { tablet: 'virtio-tablet-pci', mouse: 'virtio-mouse-pci', keyboard: 'virtio-keyboard-pci' };

/** USB and virtio input devices (PS/2 ones are built into the machine). */
export function buildInputArgs(ctx: BuildContext): void {
  for (const i of devicesOfKind(ctx.def, 'input')) {
    const type = attr(i, 'type') ?? '';
    const bus = attr(i, 'bus') ?? 'ps2';
    if (bus === 'ps2') continue;
    if (bus === 'usb') {
      const driver = USB_INPUT[type];
      if (!driver) throw new Xml2ArgvError('not-implemented', `USB input '${type}'`);
      ctx.cmd.add('-device', ctx.device({ driver, id: aliasOf(i), ...addressProps(ctx, i) }));
    } else if (bus === 'virtio') {
      const driver = type === 'passthrough' ? 'virtio-input-host-pci' : VIRTIO_INPUT[type];
      if (!driver) throw new Xml2ArgvError('not-implemented', `virtio input '${type}'`);
      ctx.cmd.add('-device', ctx.device({ driver, ...virtioOptions(child(i, 'driver')), id: aliasOf(i), evdev: attr(child(i, 'source'), 'evdev'), ...addressProps(ctx, i) }));
    } else {
      throw new Xml2ArgvError('not-implemented', `input bus '${bus}'`);
    }
  }
}
