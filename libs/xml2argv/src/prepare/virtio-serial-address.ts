import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';
import { devicesOfKind } from './devices.js';

/**
 * Gives virtio consoles and channels a port on the first virtio-serial bus: consoles first
 * (port 0 is only ever a console's), then channels from port 1, skipping ports in use.
 */
export function assignVirtioSerialPorts(def: DomainJson): void {
  const isVirtio = (d: JsonNode): boolean => attr(child(d, 'target'), 'type') === 'virtio';
  const consoles = devicesOfKind(def, 'console').filter(isVirtio);
  const channels = devicesOfKind(def, 'channel').filter(isVirtio);
  const used = new Set<string>();
  for (const d of [...consoles, ...channels]) {
    const a = child(d, 'address');
    if (attr(a, 'type') === 'virtio-serial') used.add(`${attr(a, 'controller') ?? '0'}:${attr(a, 'port') ?? ''}`);
  }
  const take = (d: JsonNode, from: number): void => {
    if (child(d, 'address')) return;
    let port = from;
    while (used.has(`0:${port}`)) port++;
    used.add(`0:${port}`);
    d.address = { type: 'virtio-serial', controller: '0', bus: '0', port: String(port) };
  };
  for (const c of consoles) take(c, 0);
  for (const c of channels) take(c, 1);
}
