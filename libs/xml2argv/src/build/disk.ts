import { toJsonArg, type Props } from '../argv/props.js';
import { attr, child, childText, parseIntLoose, type JsonNode } from '../input/json.js';
import { aliasOf, controllers, devicesOfKind } from '../prepare/devices.js';
import { isQ35, machineName } from '../prepare/machine.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import { bootIndexes } from './boot.js';
import type { BuildContext } from './context.js';
import { iothreadProp } from './iothread.js';
import { prManagerFor } from './pr-manager.js';
import { networkSourceObjects } from './disk-network-objects.js';
import { addVhostUserDiskChardev, isVhostUserDisk } from './disk-vhost-user.js';
import { resolveVolume } from './disk-volume.js';
import { buildSdCardDrive } from './disk-sd.js';
import { virtioOptions } from './memballoon.js';
import { applySlice, cacheProps, diskLayers, formatProps, storageProps } from './disk-source.js';
import { addSecretObject, authSecret } from './secret.js';

/** Every disk: its `-blockdev` nodes (backing images first, storage then format) and its `-device`. */
export function buildDiskArgs(ctx: BuildContext): void {
  // Transient disks sharing their backing image are hot-plugged once QEMU runs, not started with it.
  const disks = devicesOfKind(ctx.def, 'disk').filter((d) => attr(child(d, 'transient'), 'shareBacking') !== 'yes');
  const boot = bootIndexes(ctx);
  const floppies = disks.filter((d) => attr(child(d, 'target'), 'bus') === 'fdc');
  if (floppies.length > 0) buildFloppyController(ctx, floppies, boot);
  const sd = (d: JsonNode): boolean => attr(child(d, 'target'), 'bus') === 'sd';
  const chains = disks.map((d) => (hasSource(d) && !sd(d) ? diskLayers(d).map((l) => resolveVolume(ctx, l)) : []));
  // libvirt numbers images from the last disk up, each chain from its top image down.
  // An empty drive (CD-ROM without medium) still uses up a number.
  let counter = 0;
  for (let i = chains.length - 1; i >= 0; i--) {
    if (chains[i]!.length === 0 && !sd(disks[i]!)) counter++;
    for (const layer of chains[i]!) layer.index = ++counter;
  }
  disks.forEach((disk, i) => {
    if (sd(disk)) {
      buildSdCardDrive(ctx, disk);
      return;
    }
    const driver = child(disk, 'driver');
    const chain = chains[i]!;
    for (let j = 0; j < chain.length - 1; j++) if (chain[j]!.backing === undefined) chain[j]!.backing = `libvirt-${chain[j + 1]!.index}-format`;
    const cache = cacheProps(cacheMode(disk));
    for (const layer of [...chain].reverse()) {
      const storage = `libvirt-${layer.index}-storage`;
      const format = `libvirt-${layer.index}-format`;
      const authEl = child(layer.source, 'auth') ?? (layer === chain[0] && !layer.fromPool ? child(disk, 'auth') : undefined);
      const authSecretId = authEl ? addSecretObject(ctx, `${storage}-auth-secret0`, authSecret(authEl), `disk '${storage}'`) : undefined;
      const encryptionFormat = attr(layer.encryption, 'format');
      // LUKS2 only through librbd's own decryption
      const encryptionSecret = layer.encryption && (encryptionFormat === 'luks' || (encryptionFormat === 'luks2' && attr(layer.encryption, 'engine') === 'librbd'))
        ? addSecretObject(ctx, `${format}-encryption-secret0`, child(layer.encryption, 'secret'), `disk '${format}'`)
        : undefined;
      const opts = {
        cache, aio: attr(driver, 'io'), isHostCdrom: (p: string) => ctx.runtime.fds.isHostCdrom(p), authSecret: authSecretId, auth: authEl, encryptionSecret,
        ...networkSourceObjects(ctx, layer, storage),
      };
      const prManager = layer === chain[0] ? prManagerFor(ctx, layer.source, storage) : undefined;
      ctx.cmd.add('-blockdev', toJsonArg(insertBefore(storageProps(layer, storage, opts), 'node-name', 'pr-manager', prManager)));
      const formatNode = formatProps(layer, format, storage, driver, opts);
      const sliceNode = applySlice(layer, formatNode, storage, cache);
      if (sliceNode) ctx.cmd.add('-blockdev', toJsonArg(sliceNode));
      ctx.cmd.add('-blockdev', toJsonArg(formatNode));
    }
    let drive = chain[0] ? `libvirt-${chain[0].index}-format` : undefined;
    // Copy-on-read is a filter node on top of the image chain; the device uses the filter.
    if (drive && attr(driver, 'copy_on_read') === 'on') {
      const filter = `libvirt-CoR-${attr(child(disk, 'target'), 'dev') ?? ''}`;
      ctx.cmd.add('-blockdev', toJsonArg({ driver: 'copy-on-read', 'node-name': filter, file: drive, discard: 'unmap' }));
      drive = filter;
    }
    let props = diskDeviceProps(ctx, disk, drive, boot.get(disk), cacheMode(disk));
    if (isVhostUserDisk(disk)) props = insertBefore(props, 'id', 'chardev', addVhostUserDiskChardev(ctx, disk));
    ctx.cmd.add('-device', ctx.device(props));
  });
}

/** The cache mode; writable shared disks must bypass the host page cache. */
function cacheMode(disk: JsonNode): string | undefined {
  const mode = attr(child(disk, 'driver'), 'cache');
  const writableShared = disk.shareable !== undefined && disk.readonly === undefined;
  return mode === undefined && writableShared ? 'none' : mode;
}

function hasSource(disk: JsonNode): boolean {
  const s = child(disk, 'source');
  return s !== undefined && (attr(disk, 'type') === 'nvme' || attr(s, 'file') !== undefined || attr(s, 'dev') !== undefined || attr(s, 'protocol') !== undefined || attr(s, 'dir') !== undefined || attr(s, 'pool') !== undefined);
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
    // The machine's own IDE/AHCI controller keeps QEMU's name whatever alias the XML gives it.
    const q35 = isQ35(machineName(ctx.def));
    if (a('controller') === 0 && ((type === 'ide' && !q35) || (type === 'sata' && q35))) return 'ide';
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
      const base = isVhostUserDisk(disk) ? 'vhost-user-blk-pci' : 'virtio-blk-pci';
      const drv = model === 'virtio-transitional' ? `${base}-transitional` : model === 'virtio-non-transitional' ? `${base}-non-transitional` : base;
      const driverEl = child(disk, 'driver');
      const sw = (n: string): boolean | undefined => (attr(driverEl, n) === undefined ? undefined : attr(driverEl, n) === 'on');
      // Older QEMUs enable SCSI passthrough on virtio-blk unless told not to.
      const scsi = attr(disk, 'device') === 'lun' ? true
        : isVhostUserDisk(disk) || ctx.has('virtio-blk-pci.scsi.default.disabled') || !ctx.has('virtio-blk-pci.scsi') ? undefined : false;
      props = {
        driver: drv, ...virtioOptions(driverEl), iothread: iothreadProp(driverEl), scsi, ioeventfd: sw('ioeventfd'), event_idx: sw('event_idx'),
        'num-queues': attr(driverEl, 'queues') === undefined ? undefined : Number(attr(driverEl, 'queues')),
        'queue-size': attr(driverEl, 'queue_size') === undefined ? undefined : Number(attr(driverEl, 'queue_size')),
        ...addressProps(ctx, disk), drive, id,
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
      // SCSI passthrough (scsi-block) reports the host LUN's own identification
      if (device !== 'lun') props.device_id = childText(disk, 'serial')?.trim() ?? `drive-${id}`;
      props.drive = drive;
      props.id = id;
      break;
    }
    case 'usb': {
      const removable = attr(target, 'removable');
      props = {
        driver: 'usb-storage', ...addressProps(ctx, disk), drive, id,
        removable: ctx.has('usb-storage.removable') ? removable === 'on' : undefined,
      };
      break;
    }
    default:
      throw new Xml2ArgvError('not-implemented', `disk bus '${bus}'`);
  }
  if (disk.shareable !== undefined) props = insertBefore(props, 'drive', 'share-rw', true);
  if (!floppy) props.bootindex = bootindex;
  const blockio = child(disk, 'blockio');
  const size = (n: string): number | undefined => (attr(blockio, n) === undefined ? undefined : Number(attr(blockio, n)));
  props.logical_block_size = size('logical_block_size');
  props.physical_block_size = size('physical_block_size');
  const wwn = childText(disk, 'wwn');
  if (wwn !== undefined) props.wwn = BigInt(`0x${wwn.trim().replace(/^0x/i, '')}`);
  const rotation = attr(target, 'rotation_rate');
  if (rotation !== undefined) props.rotation_rate = Number(rotation);
  const vendor = childText(disk, 'vendor');
  const product = childText(disk, 'product');
  if (vendor !== undefined) props.vendor = vendor;
  if (product !== undefined) props.product = product;
  if (cacheMode !== undefined && cacheMode !== 'default') {
    props['write-cache'] = cacheMode === 'writethrough' || cacheMode === 'directsync' ? 'off' : 'on';
  }
  const serial = childText(disk, 'serial');
  // libvirt passes spaces in a serial number backslash-escaped (QEMU's legacy option syntax)
  if (serial !== undefined) props.serial = serial.replaceAll(' ', '\\ ');
  const driverEl = child(disk, 'driver');
  // libvirt spells QEMU's "enospc" policy "enospace"; it only applies to writes.
  const werror = attr(driverEl, 'error_policy');
  const rerror = attr(driverEl, 'rerror_policy') ?? (werror === 'enospace' ? undefined : werror);
  if (werror !== undefined && werror !== 'default') props.werror = werror === 'enospace' ? 'enospc' : werror;
  if (rerror !== undefined && rerror !== 'default') props.rerror = rerror === 'enospace' ? 'enospc' : rerror;
  return props;
}

function insertBefore(props: Props, key: string, newKey: string, value: Props[string]): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) {
    if (k === key) out[newKey] = value;
    out[k] = v;
  }
  if (!(newKey in out)) out[newKey] = value;
  return out;
}
