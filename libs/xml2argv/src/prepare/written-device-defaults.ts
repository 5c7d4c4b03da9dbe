import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';
import { controllers, deviceList, devicesOfKind } from './devices.js';
import { isI440fx, machineName } from './machine.js';
import { guestArchOf } from './written-defaults.js';

/**
 * Device defaults libvirt writes back, and the differences between what the builder needs
 * and what libvirt's definition holds. `original` is the domain as given, before prepareDomain.
 */
export function addDeviceDefaults(def: DomainJson, original: DomainJson, _caps: QemuCapabilities, channelTargetDir?: string): void {
  for (const disk of devicesOfKind(def, 'disk')) {
    setDiskDriver(disk);
    for (const holder of [disk, child(disk, 'source')]) {
      const enc = child(holder, 'encryption');
      if (enc && attr(enc, 'format')?.startsWith('luks')) enc.engine ??= 'qemu';
    }
  }
  dropBuiltinIde(def, original);
  const i440 = isI440fx(machineName(def));
  const arch = guestArchOf(def);
  for (const c of controllers(def, 'usb')) {
    // the PIIX3 USB function: libvirt places the first USB controller there whatever its model
    if (i440 && attr(c, 'index') === '0' && attr(c, 'model') === undefined && !child(c, 'address')) {
      c.address = { type: 'pci', domain: '0x0000', bus: '0x00', slot: '0x01', function: '0x2' };
    }
  }
  const x86 = arch === 'x86_64' || arch === 'i686';
  for (const net of devicesOfKind(def, 'interface')) {
    // x86 machines get the most widely supported NIC (virtio elsewhere is the builder's choice too)
    if (x86 && attr(net, 'type') !== 'hostdev' && !child(net, 'model')) net.model = { type: 'rtl8139' };
  }
  for (const ch of devicesOfKind(def, 'channel')) {
    // a UNIX channel without a path gets one only when the domain starts; a path in
    // libvirt's own channel directory is one libvirt generated and is dropped again
    const source = child(ch, 'source');
    if (source && channelTargetDir !== undefined && isGeneratedChannelPath(attr(source, 'path'), channelTargetDir, attr(child(ch, 'target'), 'name'))) delete source.path;
    if (attr(ch, 'type') === 'unix' && source && Object.keys(source).every((k) => k === 'mode')) delete ch.source;
  }
}

/** QEMU is the disk driver; local images without a format are raw. */
function setDiskDriver(disk: JsonNode): void {
  const driver = child(disk, 'driver') ?? {};
  const type = attr(disk, 'type') ?? 'file';
  const next: JsonNode = { name: attr(driver, 'name') ?? 'qemu' };
  if (attr(driver, 'type') === undefined && (type === 'file' || type === 'block')) next.type = 'raw';
  disk.driver = { ...next, ...driver };
}

/**
 * The i440fx IDE controller is part of the machine; libvirt lists it only when the definition
 * does or a disk sits on it, while the builder always knows it is there.
 */
function dropBuiltinIde(def: DomainJson, original: DomainJson): void {
  const given = controllers(original, 'ide').some((c) => (attr(c, 'index') ?? '0') === '0');
  const used = devicesOfKind(def, 'disk').some((d) => attr(child(d, 'target'), 'bus') === 'ide');
  if (given || used) return;
  const list = deviceList(def, 'controller');
  const at = list.findIndex((c) => attr(c, 'type') === 'ide' && attr(c, 'index') === '0');
  if (at >= 0) list.splice(at, 1);
}

function isGeneratedChannelPath(path: string | undefined, dir: string, name: string | undefined): boolean {
  if (path === undefined || name === undefined || !path.startsWith(`${dir}/`)) return false;
  return path.endsWith(`/${name}`) || path.endsWith(`.${name}`);
}
