import { attr, child, childText, children, type JsonNode } from '../input/json.js';
import type { ValidateContext } from './context.js';
import { isPseriesMachine } from './context.js';
import { MSG } from './messages.js';

/** What libvirt calls a disk's source in messages: path, device, network name or directory. */
const sourceName = (disk: JsonNode): string => {
  const source = child(disk, 'source');
  return attr(source, 'file') ?? attr(source, 'dev') ?? attr(source, 'name') ?? attr(source, 'dir') ?? attr(source, 'volume') ?? '';
};

// Disk buses whose devices sit on a controller and take drive addresses.
const DRIVE_BUSES = new Set(['ide', 'fdc', 'scsi', 'sata']);
// Secret usage types each network protocol authenticates with.
const SECRET_TYPES: Record<string, string> = { iscsi: 'iscsi', rbd: 'ceph' };
// Formats QEMU can open concurrently from several guests.
const SHAREABLE_FORMATS = new Set(['raw', 'none', 'auto']);

/**
 * `'sda'` → 0, `'hdc'` → 2, `'vdaa'` → 26: the drive index a target name stands for, or
 * undefined when the name carries no index.
 */
export function diskIndex(dst: string): number | undefined {
  const m = /^(?:fd|hd|vd|sd|xvd|ubd)([a-z]+)$/.exec(dst);
  if (!m) return undefined;
  let idx = 0;
  for (const ch of m[1]!) idx = idx * 26 + (ch.charCodeAt(0) - 96);
  return idx - 1;
}

/** Disk definitions as the parser and the generic validator see them. */
export function checkDiskDefinitions(ctx: ValidateContext): void {
  for (const disk of ctx.devices('disk')) {
    const source = child(disk, 'source');
    if (child(disk, 'auth') && child(source, 'auth')) throw MSG.diskAuthTwice();
    if (child(disk, 'encryption') && child(source, 'encryption')) throw MSG.diskEncryptionTwice();
    const dev = attr(child(disk, 'target'), 'dev');
    if (dev === undefined) throw MSG.diskNoTarget(sourceName(disk));
    const auth = child(disk, 'auth') ?? child(source, 'auth');
    if (auth) {
      const secretType = attr(child(auth, 'secret'), 'type');
      if (secretType === undefined) throw MSG.secretTypeUnknown('<null>');
      const expected = SECRET_TYPES[attr(source, 'protocol') ?? ''];
      if (expected !== undefined && secretType !== expected) throw MSG.secretTypeInvalid(secretType);
    }
    const queues = attr(child(disk, 'driver'), 'queues');
    if (queues !== undefined && !/^\d+$/.test(queues)) throw MSG.queuesNegative(queues);
  }
}

/** Targets must be unique; the message names the later source first, as libvirt does. */
export function checkDiskTargets(ctx: ValidateContext): void {
  const disks = ctx.devices('disk');
  for (let i = 0; i < disks.length; i++) {
    const dst = attr(child(disks[i]!, 'target'), 'dev');
    for (let j = i + 1; j < disks.length; j++) {
      if (attr(child(disks[j]!, 'target'), 'dev') === dst) throw MSG.diskTargetDuplicate(dst ?? '', sourceName(disks[j]!), sourceName(disks[i]!));
    }
  }
}

/** A SCSI disk without an address gets one from its name; a SCSI hostdev may already hold it. */
export function checkScsiAddressConflicts(ctx: ValidateContext): void {
  const taken = ctx.devices('hostdev')
    .filter((h) => attr(h, 'type') === 'scsi' && attr(child(h, 'address'), 'type') === 'drive')
    .map((h) => child(h, 'address')!);
  if (taken.length === 0) return;
  for (const disk of ctx.devices('disk')) {
    const target = child(disk, 'target');
    const dst = attr(target, 'dev') ?? '';
    const idx = diskIndex(dst);
    if (attr(target, 'bus') !== 'scsi' || child(disk, 'address') || idx === undefined) continue;
    const controller = Math.floor(idx / 7);
    const unit = idx % 7;
    const hit = taken.find((a) => Number(attr(a, 'controller') ?? 0) === controller && Number(attr(a, 'bus') ?? 0) === 0
      && Number(attr(a, 'target') ?? 0) === 0 && Number(attr(a, 'unit') ?? 0) === unit);
    if (hit) throw MSG.diskHostdevConflict(dst, controller, 0, 0, unit);
  }
}

/** Disks on controller buses take drive addresses (checked before PCI addresses are reserved). */
export function checkDiskAddressTypes(ctx: ValidateContext): void {
  for (const disk of ctx.devices('disk')) {
    const target = child(disk, 'target');
    const bus = attr(target, 'bus');
    const addrType = attr(child(disk, 'address'), 'type');
    if (bus !== undefined && DRIVE_BUSES.has(bus) && addrType !== undefined && addrType !== 'drive') {
      throw MSG.diskAddressType(addrType, attr(target, 'dev') ?? '', bus);
    }
  }
}

// Drive addresses a target name implies when none is written: units per bus, buses per controller.
const DRIVE_GEOMETRY: Record<string, { units: number; buses: number }> = {
  ide: { units: 2, buses: 2 }, sata: { units: 6, buses: 1 }, scsi: { units: 7, buses: 1 }, fdc: { units: 2, buses: 1 },
};

/** A disk's drive address, written or derived from its name; undefined off controller buses. */
function driveAddress(disk: JsonNode): { c: number; b: number; t: number; u: number } | undefined {
  const a = child(disk, 'address');
  const n = (k: string): number => Number(attr(a, k) ?? 0);
  if (attr(a, 'type') === 'drive') return { c: n('controller'), b: n('bus'), t: n('target'), u: n('unit') };
  const target = child(disk, 'target');
  const geometry = DRIVE_GEOMETRY[attr(target, 'bus') ?? ''];
  const idx = diskIndex(attr(target, 'dev') ?? '');
  if (a || !geometry || idx === undefined) return undefined;
  const perController = geometry.units * geometry.buses;
  return { c: Math.floor(idx / perController), b: Math.floor((idx % perController) / geometry.units), t: 0, u: idx % geometry.units };
}

/** Two disks of one bus on the same drive address (written or implied by the target name). */
export function checkDriveAddresses(ctx: ValidateContext): void {
  const disks = ctx.devices('disk').map((d) => ({ d, bus: attr(child(d, 'target'), 'bus'), at: driveAddress(d) }));
  for (let i = 0; i < disks.length; i++) {
    const x = disks[i]!;
    if (!x.at) continue;
    for (let j = i + 1; j < disks.length; j++) {
      const y = disks[j]!;
      if (y.bus !== x.bus || !y.at || attr(child(y.d, 'address'), 'type') !== 'drive') continue;
      if (x.at.c === y.at.c && x.at.b === y.at.b && x.at.t === y.at.t && x.at.u === y.at.u) {
        throw MSG.diskDriveAddressDuplicate(attr(child(x.d, 'target'), 'dev') ?? '', x.at.c, x.at.b, x.at.t, x.at.u);
      }
    }
  }
}

/** `device='lun'` passes SCSI commands through: a raw block device or an iSCSI LUN. */
export function checkLuns(ctx: ValidateContext): void {
  for (const disk of ctx.devices('disk')) {
    if (attr(disk, 'device') !== 'lun') continue;
    const type = attr(disk, 'type');
    const protocol = attr(child(disk, 'source'), 'protocol');
    if (type === 'network') {
      if (protocol !== 'iscsi') throw MSG.lunProtocol(protocol ?? '');
    } else if (type !== 'block' && type !== 'volume') throw MSG.lunSourceType();
    const format = attr(child(disk, 'driver'), 'type');
    if (format !== undefined && format !== 'raw') throw MSG.lunFormat();
  }
}

/** virtiofs shares are always writable. */
export function checkFilesystems(ctx: ValidateContext): void {
  for (const fs of ctx.devices('filesystem')) {
    if (attr(child(fs, 'driver'), 'type') !== 'virtiofs' || fs.readonly === undefined) continue;
    throw child(fs, 'source') && attr(child(fs, 'source'), 'socket') !== undefined ? MSG.virtiofsReadonly() : MSG.virtiofsReadonlyNoSocket();
  }
}

/** Per-disk rules of the QEMU driver: formats, addresses, bus-specific properties. */
export function checkDisks(ctx: ValidateContext): void {
  for (const disk of ctx.devices('disk')) {
    const target = child(disk, 'target');
    const dev = attr(target, 'dev') ?? '';
    const bus = attr(target, 'bus');
    const source = child(disk, 'source');
    const format = attr(child(disk, 'driver'), 'type');
    if (/^[a-z]+\d+$/.test(dev)) throw MSG.diskPartition(dev);
    const addrType = attr(child(disk, 'address'), 'type');
    if (bus === 'fdc' && isPseriesMachine(ctx.machine)) throw MSG.floppyPseries();
    if (bus !== 'scsi' && (childText(disk, 'vendor') !== undefined || childText(disk, 'product') !== undefined)) throw MSG.diskVendorProduct();
    if (bus === 'usb' && addrType !== undefined && addrType !== 'usb') throw MSG.diskUsbAddress();
    if (format === 'cow') throw MSG.diskFormatCow();
    if (format === 'dir') throw MSG.diskFormatDir();
    if (format === 'iso') throw MSG.diskFormatIso();
    const encryption = child(source, 'encryption') ?? child(disk, 'encryption');
    if (encryption) {
      if (children(encryption, 'cipher').length > 0 || child(encryption, 'ivgen')) throw MSG.diskCipher();
      // librbd decrypts inside the image driver, so any format goes there.
      const luks = (attr(encryption, 'format') ?? '').startsWith('luks') && attr(encryption, 'engine') !== 'librbd';
      if (luks && format !== undefined && format !== 'raw' && format !== 'qcow2') throw MSG.diskEncryptionFormat();
    }
    const readonly = disk.readonly !== undefined;
    if (disk.shareable !== undefined && !readonly && format !== undefined && !SHAREABLE_FORMATS.has(format)) throw MSG.diskSharedFormat(dev);
    if (attr(source, 'tlsHostname') !== undefined && !ctx.has('blockdev.nbd.tls-hostname')) throw MSG.diskTlsHostname();
  }
}
