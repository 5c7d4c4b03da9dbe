import { attr, child, childText, type DomainJson } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import { reject } from '../errors.js';

/** Disk configurations libvirt refuses before building anything. */
export function validateDisks(def: DomainJson): void {
  const seen = new Map<string, string>();
  for (const disk of devicesOfKind(def, 'disk')) {
    const target = child(disk, 'target');
    const source = child(disk, 'source');
    const sourceName = attr(source, 'file') ?? attr(source, 'dev') ?? attr(source, 'name') ?? attr(source, 'dir') ?? '';
    const dev = attr(target, 'dev');
    if (dev === undefined) throw reject('xml-detail', `missing target information for device ${sourceName}`);
    if (/\d$/.test(dev)) throw reject('config-unsupported', `invalid disk target '${dev}', partitions can't appear in disk targets`);
    const prev = seen.get(dev);
    if (prev !== undefined) throw reject('xml-error', `target '${dev}' duplicated for disk sources '${prev}' and '${sourceName}'`);
    seen.set(dev, sourceName);

    const format = attr(child(disk, 'driver'), 'type');
    if (format === 'cow') throw reject('config-unsupported', "'cow' storage format is not supported");
    if (format === 'dir') throw reject('config-unsupported', "'directory' storage format is not directly supported by QEMU, use 'dir' disk type instead");
    if (format === 'iso') throw reject('config-unsupported', "storage format 'iso' is not directly supported by QEMU, use 'raw' instead");

    const bus = attr(target, 'bus');
    const addrType = attr(child(disk, 'address'), 'type');
    if ((bus === 'sata' || bus === 'scsi' || bus === 'ide' || bus === 'fdc') && addrType !== undefined && addrType !== 'drive') {
      throw reject('config-unsupported', `Invalid address type '${addrType}' for the disk '${dev}' with the bus type '${bus}'`);
    }
    if (bus === 'usb' && addrType !== undefined && addrType !== 'usb') throw reject('internal-error', 'unexpected address type for usb disk');
    if (bus !== 'scsi' && (childText(disk, 'vendor') !== undefined || childText(disk, 'product') !== undefined)) {
      throw reject('config-unsupported', 'Only scsi disk supports vendor and product');
    }
    if (disk.shareable !== undefined && format !== undefined && format !== 'raw') {
      throw reject('config-unsupported', `shared access for disk '${dev}' requires use of supported storage format`);
    }
    const encryption = child(source, 'encryption') ?? child(disk, 'encryption');
    if (encryption && attr(disk, 'type') !== 'network' && format !== undefined && format !== 'raw' && format !== 'qcow2') {
      throw reject('config-unsupported', "encryption is supported only with 'raw' and 'qcow2' image format");
    }
    if (child(disk, 'encryption') && child(source, 'encryption')) {
      throw reject('config-unsupported', 'an <encryption> definition already found for disk source');
    }
    if (child(disk, 'auth') && child(source, 'auth')) throw reject('config-unsupported', 'an <auth> definition already found for disk source');
    const queues = attr(child(disk, 'driver'), 'queues');
    if (queues !== undefined && !/^\d+$/.test(queues)) {
      throw reject('xml-error', `Invalid value for attribute 'queues' in element 'driver': '${queues}'. Expected non-negative integer value`);
    }
  }
}
