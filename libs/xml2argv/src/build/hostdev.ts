import type { Props } from '../argv/props.js';
import { attr, child, parseIntLoose } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import { bootIndexes } from './boot.js';
import type { BuildContext } from './context.js';

const hex = (v: string | undefined, width: number): string => parseIntLoose(v ?? '0').toString(16).padStart(width, '0');

/** Assigned host devices: USB (`usb-host`), PCI and mediated devices (`vfio-pci`). */
export function buildHostdevArgs(ctx: BuildContext): void {
  const boot = bootIndexes(ctx);
  for (const h of devicesOfKind(ctx.def, 'hostdev')) {
    const type = attr(h, 'type');
    const source = child(h, 'source');
    const id = aliasOf(h);
    let props: Props;
    if (type === 'usb') {
      const a = child(source, 'address');
      if (!a) throw new Xml2ArgvError('not-implemented', 'USB host devices chosen by vendor/product');
      const reset = attr(source, 'guestReset');
      const resets = ctx.has('usb-host.guest-resets-all');
      props = {
        driver: 'usb-host',
        hostdevice: `/dev/bus/usb/${attr(a, 'bus')!.padStart(3, '0')}/${attr(a, 'device')!.padStart(3, '0')}`,
        id,
        'guest-reset': reset === 'off' ? false : reset === 'uninitialized' || reset === 'on' ? true : undefined,
        'guest-resets-all': resets && reset === 'uninitialized' ? false : resets && reset === 'on' ? true : undefined,
        bootindex: boot.get(h),
        ...addressProps(ctx, h),
      };
    } else if (type === 'pci') {
      const a = child(source, 'address');
      const host = `${hex(attr(a, 'domain'), 4)}:${hex(attr(a, 'bus'), 2)}:${hex(attr(a, 'slot'), 2)}.${parseIntLoose(attr(a, 'function') ?? '0')}`;
      const rom = child(h, 'rom');
      props = {
        driver: 'vfio-pci', host, id, bootindex: boot.get(h), ...addressProps(ctx, h),
        rombar: attr(rom, 'bar') === undefined ? undefined : attr(rom, 'bar') === 'on' ? 1 : 0,
        romfile: attr(rom, 'file'),
      };
    } else if (type === 'mdev' && attr(h, 'model') === 'vfio-pci') {
      const display = attr(h, 'display');
      const ramfb = attr(h, 'ramfb');
      props = {
        driver: ramfb === 'on' ? 'vfio-pci-nohotplug' : 'vfio-pci', id,
        sysfsdev: `/sys/bus/mdev/devices/${attr(child(source, 'address'), 'uuid')}`,
        display, ramfb: ramfb === undefined ? undefined : ramfb === 'on',
        bootindex: boot.get(h), ...addressProps(ctx, h),
      };
    } else {
      throw new Xml2ArgvError('not-implemented', `host device type '${type}'`);
    }
    ctx.cmd.add('-device', ctx.device(props));
  }
}

