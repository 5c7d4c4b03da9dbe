import type { Props } from '../argv/props.js';
import { attr, child, children, one, parseIntLoose, type JsonNode } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';
import { networkSourceProps } from './disk-network.js';
import { toBytes } from '../prepare/units.js';

/** One image of a disk's backing chain (the disk itself first). */
export interface StorageLayer {
  /** `file`, `block`, `network`, ... */
  readonly type: string;
  readonly source: JsonNode | undefined;
  /** Image format (`raw`, `qcow2` ...). */
  readonly format: string;
  readonly readOnly: boolean;
  readonly cdrom: boolean;
  readonly floppy?: boolean;
  /** `<encryption>` of this image. */
  readonly encryption: JsonNode | undefined;
  /** A storage pool's network volume: credentials are the pool's, never the disk's `<auth>`. */
  readonly fromPool?: boolean;
  /** The `<format>` element of a backing image (its own metadata cache settings). */
  readonly formatEl?: JsonNode;
  /** `backing` of the format node: a node name, null for "no backing", undefined to let QEMU decide. */
  backing?: string | null;
  /** Node index (`libvirt-N-...`). */
  index?: number;
}

/** The chain of a disk, top image first. */
export function diskLayers(disk: JsonNode): StorageLayer[] {
  const device = attr(disk, 'device') ?? 'disk';
  const top: StorageLayer = {
    type: attr(disk, 'type') ?? 'file',
    source: child(disk, 'source'),
    // a directory's FAT view is produced by its storage node; the format node above it is raw
    format: attr(child(disk, 'driver'), 'type') === 'fat' ? 'raw' : attr(child(disk, 'driver'), 'type') ?? 'raw',
    readOnly: device === 'cdrom' || child(disk, 'readonly') !== undefined || disk.readonly !== undefined,
    cdrom: device === 'cdrom',
    floppy: device === 'floppy',
    encryption: child(child(disk, 'source'), 'encryption') ?? child(disk, 'encryption'),
  };
  const layers = [top];
  let store = disk.backingStore;
  let prev = top;
  while (store !== undefined) {
    const node = child({ s: store }, 's');
    if (!node || attr(node, 'type') === undefined) {
      prev.backing = null;
      break;
    }
    const layer: StorageLayer = {
      type: attr(node, 'type')!, source: child(node, 'source'), format: attr(child(node, 'format'), 'type') ?? 'raw',
      readOnly: true, cdrom: false, encryption: child(child(node, 'source'), 'encryption'), formatEl: child(node, 'format'),
    };
    layers.push(layer);
    prev = layer;
    store = node.backingStore;
  }
  return layers;
}

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

export interface NodeOptions {
  readonly cache?: Props;
  readonly aio?: string;
  readonly isHostCdrom: (path: string) => boolean;
  readonly authSecret?: string;
  readonly auth?: JsonNode;
  readonly encryptionSecret?: string;
  /** Id of the `tls-creds-x509` object of an NBD source with TLS. */
  readonly tlsCreds?: string;
  /** Id of the secret object holding an HTTP source's cookies. */
  readonly cookieSecret?: string;
}

/** The protocol (storage) node of one image. */
export function storageProps(layer: StorageLayer, nodeName: string, opts: NodeOptions): Props {
  const source = layer.source;
  const common = (p: Props): Props => ({ ...p, aio: opts.aio, 'node-name': nodeName, cache: opts.cache, 'auto-read-only': true, discard: 'unmap' });
  switch (layer.type) {
    case 'file':
      return common({ driver: 'file', filename: attr(source, 'file') ?? '' });
    case 'block': {
      const path = attr(source, 'dev') ?? '';
      return common({ driver: layer.cdrom && opts.isHostCdrom(path) ? 'host_cdrom' : 'host_device', filename: path });
    }
    case 'dir':
      // A host directory shown to the guest as a FAT image.
      return common({ driver: 'vvfat', dir: attr(source, 'dir') ?? '', floppy: layer.floppy, rw: !layer.readOnly });
    case 'nvme': {
      // QEMU's userspace NVMe driver takes the controller's PCI address and a namespace.
      const a = child(source, 'address');
      const hex = (n: string, width: number): string => parseIntLoose(attr(a, n) ?? '0').toString(16).padStart(width, '0');
      const device = `${hex('domain', 4)}:${hex('bus', 2)}:${hex('slot', 2)}.${hex('function', 1)}`;
      return common({ driver: 'nvme', device, namespace: Number(attr(source, 'namespace') ?? '1') });
    }
    case 'network': {
      const props = networkSourceProps(source, opts.authSecret, opts.auth, opts);
      // With engine='librbd' the rbd driver decrypts LUKS/LUKS2 itself; otherwise a luks format node does.
      if (opts.encryptionSecret && props.driver === 'rbd' && attr(layer.encryption, 'engine') === 'librbd') {
        props.encrypt = { format: attr(layer.encryption, 'format'), 'key-secret': opts.encryptionSecret };
      }
      return common(props);
    }
    default:
      throw new Xml2ArgvError('not-implemented', `disk type '${layer.type}'`);
  }
}

// Formats whose images can name a backing image.
const WITH_BACKING = new Set(['qcow2', 'qcow', 'qed', 'vmdk', 'vhdx', 'vpc']);

const FORMATS = ['raw', 'qcow2', 'qcow', 'vmdk', 'vdi', 'vpc', 'vhdx', 'qed', 'cloop', 'dmg', 'parallels', 'bochs', 'luks'];

/** The format node layered on the storage node. */
export function formatProps(layer: StorageLayer, nodeName: string, storage: string, driver: JsonNode | undefined, opts: NodeOptions): Props {
  if (!FORMATS.includes(layer.format)) throw new Xml2ArgvError('not-implemented', `disk format '${layer.format}'`);
  const discard = attr(driver, 'discard');
  const zeroes = attr(driver, 'detect_zeroes');
  const common: Props = {
    'node-name': nodeName, 'read-only': layer.readOnly,
    discard, 'detect-zeroes': zeroes === 'unmap' && discard !== 'unmap' ? 'on' : zeroes,
    cache: opts.cache,
  };
  const backing = WITH_BACKING.has(layer.format) ? layer.backing : undefined;
  const secret = opts.encryptionSecret;
  const engine = attr(layer.encryption, 'engine');
  if (secret && engine !== 'librbd' && attr(layer.encryption, 'format') === 'luks') {
    if (layer.format === 'qcow2') return { ...common, driver: 'qcow2', encrypt: { format: 'luks', 'key-secret': secret }, file: storage, backing };
    return { ...common, driver: 'luks', 'key-secret': secret, file: storage, backing };
  }
  // max_size may be a bare text element, which the JSON form stores as a string.
  const metadataCache = one(child(layer.formatEl ?? driver, 'metadata_cache')?.max_size);
  const cacheSize = metadataCache && layer.format === 'qcow2' ? toBytes(metadataCache) : undefined;
  return { ...common, driver: layer.format, 'cache-size': cacheSize, file: storage, backing };
}

/** The `<slice type='storage'>` of an image: the part of its storage the image occupies. */
export function storageSlice(layer: StorageLayer): { offset: number; size: number } | undefined {
  const slice = children(child(layer.source, 'slices'), 'slice').find((x) => attr(x, 'type') === 'storage');
  return slice ? { offset: Number(attr(slice, 'offset') ?? '0'), size: Number(attr(slice, 'size') ?? '0') } : undefined;
}

/**
 * Applies an image's storage slice to its format node: a plain raw node takes the limits
 * itself; any other format reads its storage through a raw node limited to the slice, whose
 * props are returned (the format node then names it as its file).
 */
export function applySlice(layer: StorageLayer, format: Props, storage: string, cache: Props | undefined): Props | undefined {
  const slice = storageSlice(layer);
  if (!slice) return undefined;
  if (format.driver === 'raw') {
    const out: Props = {};
    for (const [k, v] of Object.entries(format)) {
      if (k === 'file') Object.assign(out, { offset: slice.offset, size: slice.size });
      out[k] = v;
    }
    for (const k of Object.keys(format)) delete format[k];
    Object.assign(format, out);
    return undefined;
  }
  const sliceNode = storage.replace(/-storage$/, '-slice-sto');
  format.file = sliceNode;
  return { driver: 'raw', 'node-name': sliceNode, offset: slice.offset, size: slice.size, file: storage, 'auto-read-only': true, discard: 'unmap', cache };
}
