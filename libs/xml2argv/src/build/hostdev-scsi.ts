import { toJsonArg, type Props } from '../argv/props.js';
import { attr, child, parseIntLoose, type JsonNode } from '../input/json.js';
import { aliasOf, controllers, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';
import { networkSourceProps } from './disk-network.js';
import { diskLayers } from './disk-source.js';
import { addSecretObject, authSecret } from './secret.js';

const VHOST_DRIVERS: Record<string, string> = {
  virtio: 'vhost-scsi-pci',
  'virtio-transitional': 'vhost-scsi-pci-transitional',
  'virtio-non-transitional': 'vhost-scsi-pci-non-transitional',
};

/**
 * Block node numbers continue after the disks': every disk uses one per image of its chain,
 * an empty drive one as well. Returns the first number left for host devices.
 */
export function firstHostdevNodeIndex(ctx: BuildContext): number {
  let used = 0;
  for (const disk of devicesOfKind(ctx.def, 'disk')) used += hasImage(disk) ? diskLayers(disk).length : 1;
  return used + 1;
}

function hasImage(disk: JsonNode): boolean {
  const s = child(disk, 'source');
  return ['file', 'dev', 'protocol', 'dir', 'pool'].some((n) => attr(s, n) !== undefined);
}

/**
 * A SCSI host device: a `-blockdev` backend (the host's SCSI generic node, or an iSCSI LUN)
 * and `scsi-generic` on the guest's SCSI controller. Returns the device properties.
 */
export function scsiHostdevProps(ctx: BuildContext, h: JsonNode, nodeIndex: number, bootindex: number | undefined): Props {
  const source = child(h, 'source');
  const node = `libvirt-${nodeIndex}-backend`;
  const readOnly = h.readonly !== undefined;
  let backend: Props;
  if (attr(source, 'protocol') === 'iscsi') {
    const authEl = child(source, 'auth');
    const secret = authEl ? addSecretObject(ctx, `${node}-secret0`, authSecret(authEl), `hostdev '${node}'`) : undefined;
    backend = networkSourceProps(source, secret, authEl);
  } else {
    const host = ctx.runtime.devices;
    if (!host) throw new Xml2ArgvError('not-implemented', 'SCSI host devices without a runtime that resolves the host adapter');
    const a = child(source, 'address');
    const n = (k: string): number => parseIntLoose(attr(a, k) ?? '0');
    backend = { driver: 'host_device', filename: host.scsiGenericPath(attr(child(source, 'adapter'), 'name') ?? '', n('bus'), n('target'), n('unit')) };
  }
  ctx.cmd.add('-blockdev', toJsonArg({ ...backend, 'node-name': node, 'read-only': readOnly }));
  const addr = child(h, 'address');
  if (attr(addr, 'type') !== 'drive') throw new Xml2ArgvError('not-implemented', 'SCSI host devices without a drive address');
  const a = (k: string): number => parseIntLoose(attr(addr, k) ?? '0');
  const ctrl = controllers(ctx.def, 'scsi').find((c) => parseIntLoose(attr(c, 'index') ?? '0') === a('controller'));
  const bus = `${(ctrl && aliasOf(ctrl)) ?? `scsi${a('controller')}`}.0`;
  // The LSI controller has a single channel and LUN; it only takes a target id.
  const place: Props = attr(ctrl, 'model') === 'lsilogic'
    ? { bus, 'scsi-id': a('unit') }
    : { bus, channel: a('bus'), 'scsi-id': a('target'), lun: a('unit') };
  return { driver: 'scsi-generic', drive: node, id: aliasOf(h), ...place, bootindex };
}

/** vhost-scsi: a host's SCSI target exported to the guest through /dev/vhost-scsi. */
export function vhostScsiProps(ctx: BuildContext, h: JsonNode, bootindex: number | undefined): Props {
  const source = child(h, 'source');
  if (attr(source, 'protocol') !== 'vhost') throw new Xml2ArgvError('not-implemented', `scsi_host protocol '${attr(source, 'protocol')}'`);
  const model = attr(h, 'model') ?? 'virtio';
  const driver = VHOST_DRIVERS[model];
  if (!driver) throw new Xml2ArgvError('not-implemented', `vhost-scsi model '${model}'`);
  const addressType = attr(child(h, 'address'), 'type');
  if (addressType !== undefined && addressType !== 'pci' && addressType !== 'ccw' && addressType !== 'virtio-mmio') throw new Xml2ArgvError('not-implemented', `vhost-scsi address type '${addressType}'`);
  const host = ctx.runtime.devices;
  if (!host) throw new Xml2ArgvError('not-implemented', 'vhost-scsi without a runtime that opens /dev/vhost-scsi');
  const wwpn = attr(source, 'wwpn') ?? '';
  return { driver, wwpn, vhostfd: String(host.vhostScsi(wwpn)), id: aliasOf(h), bootindex, ...addressProps(ctx, h) };
}
