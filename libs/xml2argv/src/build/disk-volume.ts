import { attr } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';
import type { StorageLayer } from './disk-source.js';

/**
 * A `type='volume'` image names a volume of a storage pool; the runtime's storage lookup says
 * what it is on the host, and the image is then built like a file, block device or directory.
 */
export function resolveVolume(ctx: BuildContext, layer: StorageLayer): StorageLayer {
  if (layer.type !== 'volume') return layer;
  const pool = attr(layer.source, 'pool') ?? '';
  const volume = attr(layer.source, 'volume') ?? '';
  const found = ctx.runtime.devices?.storageVolume(pool, volume, attr(layer.source, 'mode'));
  if (!found) throw new Xml2ArgvError('not-implemented', `disk type 'volume' (pool '${pool}', volume '${volume}')`);
  if (found.type === 'network') {
    // The pool's portal and target stand in for the volume.
    const { pool: _p, volume: _v, mode: _m, ...rest } = layer.source ?? {};
    const host = found.hosts.map((h) => ({ name: h.name, ...(h.port !== undefined ? { port: h.port } : {}) }));
    return { ...layer, type: 'network', fromPool: true, source: { ...rest, protocol: found.protocol, name: found.name, host } };
  }
  const key = { file: 'file', block: 'dev', dir: 'dir' }[found.type];
  return { ...layer, type: found.type, source: { ...layer.source, [key]: found.path } };
}
