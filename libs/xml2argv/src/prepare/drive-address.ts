import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';
import { devicesOfKind } from './devices.js';

/** Index of a disk target name (`sda` → 0, `hdc` → 2, `vdaa` → 26); -1 when malformed. */
export function diskNameIndex(dev: string): number {
  const m = /^(?:hd|sd|vd|xvd|fd|ubd)([a-z]+)/.exec(dev);
  if (!m) return -1;
  let idx = 0;
  for (const ch of m[1]!) idx = idx * 26 + (ch.charCodeAt(0) - 96);
  return idx - 1;
}

const BUS_OF_PREFIX: Readonly<Record<string, string>> = { hd: 'ide', sd: 'scsi', vd: 'virtio', xvd: 'xen', ubd: 'uml', fd: 'fdc' };

/**
 * Gives every IDE/SCSI/SATA/floppy disk without an address the drive address its target
 * name implies (hdc → IDE controller 0, bus 1, unit 0).
 */
export function assignDriveAddresses(def: DomainJson): void {
  for (const disk of devicesOfKind(def, 'disk')) {
    const target = child(disk, 'target');
    // A target without a bus is on the bus its name's prefix stands for.
    if (target && attr(target, 'bus') === undefined) {
      const prefix = /^(hd|sd|vd|xvd|ubd|fd)/.exec(attr(target, 'dev') ?? '')?.[1];
      if (prefix) target.bus = BUS_OF_PREFIX[prefix]!;
    }
    if (child(disk, 'address')) continue;
    const bus = attr(target, 'bus');
    const idx = diskNameIndex(attr(target, 'dev') ?? '');
    if (idx < 0) continue;
    const addr = driveAddressFor(bus, idx);
    if (addr) disk.address = addr;
  }
}

function driveAddressFor(bus: string | undefined, idx: number): JsonNode | undefined {
  const drive = (controller: number, b: number, target: number, unit: number): JsonNode =>
    ({ type: 'drive', controller: String(controller), bus: String(b), target: String(target), unit: String(unit) });
  switch (bus) {
    case 'ide': return drive(Math.floor(idx / 4), Math.floor((idx % 4) / 2), 0, idx % 2);
    case 'fdc': return drive(Math.floor(idx / 2), 0, 0, idx % 2);
    case 'sata': return drive(Math.floor(idx / 6), 0, 0, idx % 6);
    case 'scsi': return drive(Math.floor(idx / 7), 0, 0, idx % 7);
    default: return undefined;
  }
}

/**
 * Orders disks the way libvirt keeps them: a disk goes after the last disk on the same bus
 * whose target index is not greater, else before the first same-bus disk with a greater
 * index, else at the end.
 */
export function sortDisks(disks: JsonNode[]): JsonNode[] {
  const out: JsonNode[] = [];
  const bus = (d: JsonNode): string | undefined => attr(child(d, 'target'), 'bus');
  const idx = (d: JsonNode): number => diskNameIndex(attr(child(d, 'target'), 'dev') ?? '');
  for (const disk of disks) {
    let at = -1;
    for (let i = out.length - 1; i >= 0; i--) {
      const cur = out[i]!;
      if (bus(cur) !== bus(disk)) continue;
      if (idx(cur) <= idx(disk)) {
        at = i + 1;
        break;
      }
      at = i;
    }
    if (at < 0) out.push(disk);
    else out.splice(at, 0, disk);
  }
  return out;
}
