import type { Props } from '../argv/props.js';
import { attr, child, parseIntLoose, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import { bootIndexes } from './boot.js';
import type { BuildContext } from './context.js';
import { firstHostdevNodeIndex, scsiHostdevProps, vhostScsiProps } from './hostdev-scsi.js';

const hex = (v: string | undefined, width: number): string => parseIntLoose(v ?? '0').toString(16).padStart(width, '0');

/**
 * Assigned host devices, after USB redirection: USB (`usb-host`), PCI and mediated devices
 * (`vfio-pci`), SCSI LUNs (`scsi-generic` on a `-blockdev`) and vhost-scsi targets. A device
 * whose address is 'unassigned' is kept away from the guest and gets no option.
 */
export function buildHostdevArgs(ctx: BuildContext): void {
  const boot = bootIndexes(ctx);
  let nodeIndex = firstHostdevNodeIndex(ctx);
  // NICs of type 'hostdev' are assigned devices too, and libvirt lists them first.
  const netHostdevs = devicesOfKind(ctx.def, 'interface').filter((n) => attr(n, 'type') === 'hostdev');
  for (const h of [...netHostdevs, ...devicesOfKind(ctx.def, 'hostdev')]) {
    if (attr(child(h, 'address'), 'type') === 'unassigned') continue;
    const type = netHostdevs.includes(h) ? attr(child(child(h, 'source'), 'address'), 'type') ?? 'pci' : attr(h, 'type');
    let props: Props;
    if (type === 'usb') props = usbProps(ctx, h, boot.get(h));
    else if (type === 'pci') props = pciProps(ctx, h, boot.get(h));
    else if (type === 'mdev' && attr(h, 'model') === 'vfio-pci') props = mdevProps(ctx, h, boot.get(h));
    else if (type === 'mdev' && (attr(h, 'model') === 'vfio-ccw' || attr(h, 'model') === 'vfio-ap')) props = s390MdevProps(h, boot.get(h));
    else if (type === 'scsi') props = scsiHostdevProps(ctx, h, nodeIndex++, boot.get(h));
    else if (type === 'scsi_host') props = vhostScsiProps(ctx, h, boot.get(h));
    else throw new Xml2ArgvError('not-implemented', `host device type '${type}'${type === 'mdev' ? ` model '${attr(h, 'model')}'` : ''}`);
    ctx.cmd.add('-device', ctx.device(props));
  }
}

function usbProps(ctx: BuildContext, h: JsonNode, bootindex: number | undefined): Props {
  const source = child(h, 'source');
  const a = child(source, 'address');
  if (!a) throw new Xml2ArgvError('not-implemented', 'USB host devices chosen by vendor/product');
  const reset = attr(source, 'guestReset');
  const resets = ctx.has('usb-host.guest-resets-all');
  return {
    driver: 'usb-host',
    // Newer QEMU takes the device node; older ones the bus and address numbers.
    ...(ctx.has('usb-host.hostdevice')
      ? { hostdevice: `/dev/bus/usb/${attr(a, 'bus')!.padStart(3, '0')}/${attr(a, 'device')!.padStart(3, '0')}` }
      : { hostbus: parseIntLoose(attr(a, 'bus') ?? '0'), hostaddr: parseIntLoose(attr(a, 'device') ?? '0') }),
    id: aliasOf(h),
    'guest-reset': reset === 'off' ? false : reset === 'uninitialized' || reset === 'on' ? true : undefined,
    'guest-resets-all': resets && reset === 'uninitialized' ? false : resets && reset === 'on' ? true : undefined,
    bootindex,
    ...addressProps(ctx, h),
  };
}

function pciProps(ctx: BuildContext, h: JsonNode, bootindex: number | undefined): Props {
  const a = child(child(h, 'source'), 'address');
  const host = `${hex(attr(a, 'domain'), 4)}:${hex(attr(a, 'bus'), 2)}:${hex(attr(a, 'slot'), 2)}.${parseIntLoose(attr(a, 'function') ?? '0')}`;
  const rom = child(h, 'rom');
  // A transient VF that backs up a virtio NIC names that NIC as its failover partner.
  const teaming = child(h, 'teaming');
  return {
    driver: 'vfio-pci', host, id: aliasOf(h), bootindex,
    failover_pair_id: attr(teaming, 'type') === 'transient' ? attr(teaming, 'persistent') : undefined,
    ...addressProps(ctx, h),
    rombar: attr(rom, 'bar') === undefined ? undefined : attr(rom, 'bar') === 'on' ? 1 : 0,
    romfile: attr(rom, 'file'),
  };
}

function mdevProps(ctx: BuildContext, h: JsonNode, bootindex: number | undefined): Props {
  const ramfb = attr(h, 'ramfb') === 'on';
  return {
    driver: ramfb ? 'vfio-pci-nohotplug' : 'vfio-pci', id: aliasOf(h),
    sysfsdev: `/sys/bus/mdev/devices/${attr(child(child(h, 'source'), 'address'), 'uuid')}`,
    display: attr(h, 'display'),
    // ramfb=off is QEMU's default, so only 'on' is written.
    ramfb: ramfb ? true : undefined,
    bootindex, ...addressProps(ctx, h),
  };
}

/**
 * s390 mediated devices: a channel subsystem device (vfio-ccw, which needs its CCW address)
 * or a crypto adapter (vfio-ap, which has none).
 */
function s390MdevProps(h: JsonNode, bootindex: number | undefined): Props {
  const model = attr(h, 'model')!;
  const sysfsdev = `/sys/bus/mdev/devices/${attr(child(child(h, 'source'), 'address'), 'uuid')}`;
  if (model === 'vfio-ap') return { driver: 'vfio-ap', id: aliasOf(h), sysfsdev };
  const a = child(h, 'address');
  if (attr(a, 'type') !== 'ccw') throw new Xml2ArgvError('not-implemented', 'vfio-ccw without a CCW address');
  const n = (k: string, w: number): string => parseIntLoose(attr(a, k) ?? '0').toString(16).padStart(w, '0');
  return { driver: 'vfio-ccw', id: aliasOf(h), sysfsdev, bootindex, devno: `${n('cssid', 1)}.${n('ssid', 1)}.${n('devno', 4)}` };
}
