import { toJsonArg, type Props } from '../argv/props.js';
import { attr, child, childText, parseIntLoose, type JsonNode } from '../input/json.js';
import { aliasOf, controllers, devicesOfKind } from '../prepare/devices.js';
import { isQ35, machineName } from '../prepare/machine.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import { bootIndexes } from './boot.js';
import type { BuildContext } from './context.js';
import { cacheProps, encryptionOf, formatProps, storageProps } from './disk-source.js';
import { addSecretObject, authSecret } from './secret.js';

/** Every disk: its `-blockdev` nodes (storage, then format) and its `-device`. */
export function buildDiskArgs(ctx: BuildContext): void {
  const disks = devicesOfKind(ctx.def, 'disk');
  const boot = bootIndexes(ctx);
  const floppies = disks.filter((d) => attr(child(d, 'target'), 'bus') === 'fdc');
  if (floppies.length > 0) buildFloppyController(ctx, floppies, boot);
  let node = disks.filter(hasSource).length;
  for (const disk of disks) {
    const driver = child(disk, 'driver');
    const cache = cacheProps(attr(driver, 'cache'));
    let drive: string | undefined;
    if (hasSource(disk)) {
      const n = node--;
      const storage = `libvirt-${n}-storage`;
      drive = `libvirt-${n}-format`;
      const source = child(disk, 'source');
      const authEl = child(source, 'auth') ?? child(disk, 'auth');
      const auth = authEl ? addSecretObject(ctx, `${storage}-auth-secret0`, authSecret(authEl), `disk '${storage}'`) : undefined;
      const enc = encryptionOf(disk);
      const encryption = enc && attr(enc, 'format') === 'luks'
        ? addSecretObject(ctx, `${drive}-encryption-secret0`, child(enc, 'secret'), `disk '${drive}'`)
        : undefined;
      ctx.cmd.add('-blockdev', toJsonArg(storageProps(disk, storage, cache, (p) => ctx.runtime.fds.isHostCdrom(p), { auth, encryption })));
      ctx.cmd.add('-blockdev', toJsonArg(formatProps(disk, drive, storage, cache, encryption)));
    }
    ctx.cmd.add('-device', ctx.device(diskDeviceProps(ctx, disk, drive, boot.get(disk), attr(driver, 'cache'))));
  }
}

function hasSource(disk: JsonNode): boolean {
  const s = child(disk, 'source');
  return s !== undefined && (attr(s, 'file') !== undefined || attr(s, 'dev') !== undefined || attr(s, 'protocol') !== undefined || attr(s, 'dir') !== undefined || attr(s, 'pool') !== undefined);
}

function buildFloppyController(ctx: BuildContext, floppies: JsonNode[], boot: Map<JsonNode, number>): void {
  const indexes: Props = {};
  for (const f of floppies) {
    const idx = boot.get(f);
    const unit = Number(attr(child(f, 'address'), 'unit') ?? '0');
    if (idx !== undefined) indexes[unit === 0 ? 'bootindexA' : 'bootindexB'] = idx;
  }
  if (isQ35(machineName(ctx.def))) {
    ctx.cmd.add('-device', ctx.device({ driver: 'isa-fdc', ...indexes }));
  } else {
    for (const [k, v] of Object.entries(indexes)) ctx.cmd.add('-global', `isa-fdc.${k}=${v}`);
  }
}

function diskDeviceProps(ctx: BuildContext, disk: JsonNode, drive: string | undefined, bootindex: number | undefined, cacheMode: string | undefined): Props {
  const target = child(disk, 'target');
  const bus = attr(target, 'bus');
  const device = attr(disk, 'device') ?? 'disk';
  const addr = child(disk, 'address');
  const a = (n: string): number => parseIntLoose(attr(addr, n) ?? '0');
  const id = aliasOf(disk);
  const ctrlAlias = (type: string): string => {
    const c = controllers(ctx.def, type).find((x) => Number(attr(x, 'index') ?? '0') === a('controller'));
    return (c && aliasOf(c)) ?? `${type}${a('controller')}`;
  };
  let props: Props;
  const floppy = device === 'floppy';
  switch (bus) {
    case 'ide':
      props = { driver: device === 'cdrom' ? 'ide-cd' : 'ide-hd', bus: `${ctrlAlias(isQ35(machineName(ctx.def)) ? 'sata' : 'ide')}.${a('bus')}`, unit: a('unit'), drive, id };
      break;
    case 'sata':
      props = { driver: device === 'cdrom' ? 'ide-cd' : 'ide-hd', bus: `${ctrlAlias('sata')}.${a('unit')}`, drive, id };
      break;
    case 'fdc':
      props = { driver: 'floppy', unit: a('unit'), drive, id };
      break;
    case 'virtio': {
      const model = attr(disk, 'model');
      const drv = model === 'virtio-transitional' ? 'virtio-blk-pci-transitional' : model === 'virtio-non-transitional' ? 'virtio-blk-pci-non-transitional' : 'virtio-blk-pci';
      const driverEl = child(disk, 'driver');
      props = {
        driver: drv, ...addressProps(ctx, disk),
        'num-queues': attr(driverEl, 'queues') === undefined ? undefined : Number(attr(driverEl, 'queues')),
        'queue-size': attr(driverEl, 'queue_size') === undefined ? undefined : Number(attr(driverEl, 'queue_size')),
        drive, id,
      };
      break;
    }
    case 'scsi': {
      const ctrl = controllers(ctx.def, 'scsi').find((x) => Number(attr(x, 'index') ?? '0') === a('controller'));
      const lsi = attr(ctrl, 'model') === 'lsilogic';
      const drv = device === 'cdrom' ? 'scsi-cd' : device === 'lun' ? 'scsi-block' : 'scsi-hd';
      props = lsi
        ? { driver: drv, bus: `${ctrlAlias('scsi')}.0`, 'scsi-id': a('unit') }
        : { driver: drv, bus: `${ctrlAlias('scsi')}.0`, channel: a('bus'), 'scsi-id': a('target'), lun: a('unit') };
      props.device_id = childText(disk, 'serial')?.trim() ?? `drive-${id}`;
      props.drive = drive;
      props.id = id;
      break;
    }
    default:
      throw new Xml2ArgvError('not-implemented', `disk bus '${bus}'`);
  }
  if (!floppy) props.bootindex = bootindex;
  const serial = childText(disk, 'serial');
  if (serial !== undefined) props.serial = serial.trim();
  const wwn = childText(disk, 'wwn');
  if (wwn !== undefined) props.wwn = BigInt(`0x${wwn.trim().replace(/^0x/i, '')}`);
  if (cacheMode !== undefined && cacheMode !== 'default' && !floppy) {
    props['write-cache'] = cacheMode === 'writethrough' || cacheMode === 'directsync' ? 'off' : 'on';
  }
  return props;
}
