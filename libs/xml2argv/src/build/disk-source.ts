import type { Props } from '../argv/props.js';
import { attr, child, type JsonNode } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';
import { networkSourceProps } from './disk-network.js';

/** `cache` object of a blockdev node for a disk cache mode. */
export function cacheProps(mode: string | undefined): Props | undefined {
  switch (mode) {
    case undefined: case 'default': return undefined;
    case 'none': return { direct: true, 'no-flush': false };
    case 'writethrough': case 'writeback': return { direct: false, 'no-flush': false };
    case 'directsync': return { direct: true, 'no-flush': false };
    case 'unsafe': return { direct: false, 'no-flush': true };
    default: throw new Xml2ArgvError('config-unsupported', `unknown cache mode '${mode}'`);
  }
}

/** The protocol (storage) node of a local or network source. */
export function storageProps(disk: JsonNode, nodeName: string, cache: Props | undefined, isHostCdrom: (path: string) => boolean, secrets: { auth?: string; encryption?: string } = {}): Props {
  const type = attr(disk, 'type') ?? 'file';
  const source = child(disk, 'source');
  const device = attr(disk, 'device') ?? 'disk';
  const common = (p: Props): Props => ({ ...p, 'node-name': nodeName, cache, 'auto-read-only': true, discard: 'unmap' });
  switch (type) {
    case 'file':
      return common({ driver: 'file', filename: attr(source, 'file') ?? '' });
    case 'block':
    {
      const path = attr(source, 'dev') ?? '';
      return common({ driver: device === 'cdrom' && isHostCdrom(path) ? 'host_cdrom' : 'host_device', filename: path });
    }
    case 'network': {
      const props = networkSourceProps(source, secrets.auth);
      // rbd decrypts its own LUKS images.
      if (secrets.encryption && props.driver === 'rbd') props.encrypt = { format: 'luks', 'key-secret': secrets.encryption };
      return common(props);
    }
    default:
      throw new Xml2ArgvError('not-implemented', `disk type '${type}'`);
  }
}

/** The format node layered on the storage node. */
export function formatProps(disk: JsonNode, nodeName: string, storage: string, cache: Props | undefined, encryptionSecret?: string): Props {
  const driver = child(disk, 'driver');
  const format = attr(driver, 'type') ?? 'raw';
  const device = attr(disk, 'device') ?? 'disk';
  const readOnly = device === 'cdrom' || device === 'floppy' && false || child(disk, 'readonly') !== undefined || disk.readonly !== undefined;
  if (!['raw', 'qcow2', 'qcow', 'vmdk', 'vdi', 'vpc', 'vhdx', 'qed', 'cloop', 'dmg', 'parallels', 'bochs', 'luks'].includes(format)) {
    throw new Xml2ArgvError('not-implemented', `disk format '${format}'`);
  }
  const encryption = encryptionOf(disk);
  const engine = attr(encryption, 'engine');
  if (encryptionSecret && engine !== 'librbd' && attr(encryption, 'format') === 'luks') {
    if (format === 'qcow2') return { 'node-name': nodeName, 'read-only': readOnly, cache, driver: 'qcow2', encrypt: { format: 'luks', 'key-secret': encryptionSecret }, file: storage };
    return { 'node-name': nodeName, 'read-only': readOnly, cache, driver: 'luks', 'key-secret': encryptionSecret, file: storage };
  }
  return { 'node-name': nodeName, 'read-only': readOnly, cache, driver: format, file: storage };
}

/** `<encryption>` of a disk source (or, in older XML, of the disk). */
export function encryptionOf(disk: JsonNode): JsonNode | undefined {
  return child(child(disk, 'source'), 'encryption') ?? child(disk, 'encryption');
}
