import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXml, type XmlElement } from '@virtkit/xml';
import type { DeviceHost, StorageVolume } from '../runtime.js';

interface SupportFile {
  readonly file: string;
  readonly note?: string;
}

const cache = new Map<string, Map<string, XmlElement>>();

/** The pool definitions libvirt's fake storage driver returns, by pool name (`pool-iscsi` ...). */
function corpusPools(corpus: string): Map<string, XmlElement> {
  let pools = cache.get(corpus);
  if (pools) return pools;
  pools = new Map();
  const manifest = JSON.parse(readFileSync(join(corpus, 'support', 'manifest.json'), 'utf8')) as SupportFile[] | { files?: SupportFile[] };
  const files = Array.isArray(manifest) ? manifest : manifest.files ?? [];
  for (const f of files) {
    const m = /storagepoolxml2xmlout\/(.+)\.xml$/.exec(f.file);
    if (m) pools.set(m[1]!, parseXml(readFileSync(join(corpus, f.file), 'utf8')).root);
  }
  cache.set(corpus, pools);
  return pools;
}

const elements = (e: XmlElement | undefined, name: string): XmlElement[] =>
  (e?.children ?? []).filter((c): c is XmlElement => c.kind === 'element' && c.name === name);
const attrOf = (e: XmlElement | undefined, name: string): string | undefined => e?.attributes.find((a) => a.name === name)?.value;

/**
 * The test harness's storage lookup: iSCSI pools from the corpus (a volume `unit:B:T:L` is
 * LUN L of the pool's target, a block device below /some/block/device in `host` mode),
 * anything else as the base lookup answers.
 */
export function corpusStorage(corpus: string, base: DeviceHost): DeviceHost['storageVolume'] {
  return (pool, volume, mode): StorageVolume | undefined => {
    const def = corpusPools(corpus).get(pool);
    if (!def || attrOf(def, 'type') !== 'iscsi') return base.storageVolume(pool, volume, mode);
    if (mode !== 'direct') return { type: 'block', path: `/some/block/device/${volume}` };
    const source = elements(def, 'source')[0];
    const target = attrOf(elements(source, 'device')[0], 'path') ?? '';
    const lun = volume.split(':').pop() ?? '0';
    const hosts = elements(source, 'host').map((h) => ({ name: attrOf(h, 'name') ?? '', ...(attrOf(h, 'port') ? { port: attrOf(h, 'port')! } : {}) }));
    return { type: 'network', protocol: 'iscsi', name: `${target}/${lun}`, hosts };
  };
}
