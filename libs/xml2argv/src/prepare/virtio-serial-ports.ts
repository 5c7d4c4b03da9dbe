import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';
import { addController, controllers, deviceList, devicesOfKind, findController } from './devices.js';

// QEMU's virtio-serial default for max_ports; port 0 is kept for a virtio console.
const DEFAULT_MAX_PORTS = 31;

const isVirtio = (d: JsonNode): boolean => attr(child(d, 'target'), 'type') === 'virtio';
const serialAddress = (d: JsonNode): JsonNode | undefined => {
  const a = child(d, 'address');
  return attr(a, 'type') === 'virtio-serial' ? a : undefined;
};

/** Adds the virtio-serial controllers that virtio channels and consoles name (index 0 when they name none). */
export function addVirtioSerialControllers(def: DomainJson): void {
  for (const d of [...devicesOfKind(def, 'channel'), ...devicesOfKind(def, 'console')]) {
    if (!isVirtio(d)) continue;
    const index = Number(attr(serialAddress(d), 'controller') ?? '0');
    if (!findController(def, 'virtio-serial', index)) appendController(def, index);
  }
}

/** A virtio-serial controller added for a port goes after the ones written, whatever its index. */
function appendController(def: DomainJson, index: number): void {
  const list = deviceList(def, 'controller');
  const last = list.map((c) => attr(c, 'type')).lastIndexOf('virtio-serial');
  if (last < 0) addController(def, { type: 'virtio-serial', index: String(index) });
  else list.splice(last + 1, 0, { type: 'virtio-serial', index: String(index) });
}

/**
 * Gives virtio channels a port, in device order, after reserving the ports written out: a
 * channel that names its controller takes that controller's first free port; one that
 * does not takes the first free port of any controller, and when all are full a new
 * controller is added for it. Ports start at 1 and the bus is always 0.
 */
export function assignVirtioChannelPorts(def: DomainJson): void {
  const channels = devicesOfKind(def, 'channel').filter(isVirtio);
  if (channels.length === 0) return;
  const used = new Map<number, Set<number>>();
  const usedOn = (index: number): Set<number> => {
    let set = used.get(index);
    if (!set) used.set(index, (set = new Set()));
    return set;
  };
  for (const d of [...devicesOfKind(def, 'console').filter(isVirtio), ...channels]) {
    const a = serialAddress(d);
    if (a && attr(a, 'port') !== undefined) usedOn(Number(attr(a, 'controller') ?? '0')).add(Number(attr(a, 'port')));
  }
  const freePort = (index: number): number | undefined => {
    const ctrl = findController(def, 'virtio-serial', index);
    const max = Number(attr(ctrl, 'ports') ?? DEFAULT_MAX_PORTS);
    for (let port = 1; port < max; port++) if (!usedOn(index).has(port)) return port;
    return undefined;
  };
  for (const ch of channels) {
    const a = serialAddress(ch);
    if (a && attr(a, 'port') !== undefined) continue;
    const named = attr(a, 'controller');
    const indexes = named !== undefined
      ? [Number(named)]
      : controllers(def, 'virtio-serial').map((c) => Number(attr(c, 'index') ?? '0')).sort((x, y) => x - y);
    let place: { index: number; port: number } | undefined;
    for (const index of indexes) {
      const port = freePort(index);
      if (port !== undefined) {
        place = { index, port };
        break;
      }
    }
    if (!place && named === undefined) {
      const index = Math.max(-1, ...indexes) + 1;
      appendController(def, index);
      place = { index, port: 1 };
    }
    if (!place) continue;
    usedOn(place.index).add(place.port);
    ch.address = { type: 'virtio-serial', controller: String(place.index), bus: '0', port: String(place.port) };
  }
}
