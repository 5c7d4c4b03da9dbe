import { attr, child, children, type DomainJson, type JsonNode } from '../input/json.js';
import { devicesOfKind } from './devices.js';

/** Video memory and heads by model (KiB), as libvirt fills them in. */
const VIDEO_SIZES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  vga: { vram: '16384', heads: '1' },
  cirrus: { vram: '16384', heads: '1' },
  vmvga: { vram: '16384', heads: '1' },
  qxl: { ram: '65536', vram: '65536', vgamem: '16384', heads: '1' },
  virtio: { heads: '1' },
  bochs: { vram: '16384', heads: '1' },
};

/** The first video card is the primary one unless another says so; sizes get their defaults. */
export function addDisplayDefaults(def: DomainJson): void {
  const videos = devicesOfKind(def, 'video');
  const anyPrimary = videos.some((v) => attr(child(v, 'model'), 'primary') === 'yes');
  videos.forEach((v, i) => {
    const model = child(v, 'model');
    if (!model) return;
    const sizes = VIDEO_SIZES[attr(model, 'type') ?? ''] ?? {};
    for (const [k, value] of Object.entries(sizes)) model[k] ??= value;
    if (i === 0 && !anyPrimary) model.primary = 'yes';
  });
  for (const g of devicesOfKind(def, 'graphics')) {
    const type = attr(g, 'type');
    if (type === 'vnc' && attr(g, 'port') === undefined && attr(g, 'socket') === undefined && !hasSocketListen(g)) {
      g.port = '-1';
      g.autoport = 'yes';
    }
    // the first address listen is repeated as the listen attribute
    const first = children(g, 'listen')[0];
    if ((type === 'vnc' || type === 'spice') && first && attr(first, 'type') === 'address' && attr(first, 'address') !== undefined && g['@listen'] === undefined) {
      g['@listen'] = attr(first, 'address')!;
    }
    if ((type !== 'vnc' && type !== 'spice') || children(g, 'listen').length > 0) continue;
    // the listen attribute (or nothing, meaning qemu.conf's address) becomes a listen element
    const address = attr(g, 'listen');
    const socket = attr(g, 'socket');
    const listen: JsonNode = socket !== undefined ? { type: 'socket', socket } : address !== undefined ? { type: 'address', address } : { type: 'address' };
    if (address !== undefined) renameKey(g, 'listen', '@listen');
    g.listen = listen;
  }
}

/** Renames a property in place, keeping the order of the others. */
function renameKey(node: JsonNode, from: string, to: string): void {
  const entries = Object.entries(node);
  for (const [k] of entries) delete node[k];
  for (const [k, v] of entries) node[k === from ? to : k] = v;
}

const hasSocketListen = (g: JsonNode): boolean => children(g, 'listen').some((l) => attr(l, 'type') === 'socket');

