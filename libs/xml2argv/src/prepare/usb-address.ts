import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';
import { devicesOfKind } from './devices.js';

/**
 * Gives USB devices without an address a port on the first USB bus, in libvirt's order
 * (CCID controllers, hubs, inputs, disks, sound, host devices, redirected devices), skipping
 * ports named explicitly.
 */
export function assignUsbAddresses(def: DomainJson): void {
  const usb = devicesOfKind(def, 'controller').filter((c) => attr(c, 'type') === 'usb' && attr(c, 'model') !== 'none');
  if (usb.length === 0) return;
  const devices: JsonNode[] = [
    ...devicesOfKind(def, 'controller').filter((c) => attr(c, 'type') === 'ccid'),
    ...devicesOfKind(def, 'hub').filter((h) => attr(h, 'type') === 'usb'),
    ...devicesOfKind(def, 'input').filter((i) => attr(i, 'bus') === 'usb'),
    ...devicesOfKind(def, 'disk').filter((d) => attr(child(d, 'target'), 'bus') === 'usb'),
    ...devicesOfKind(def, 'sound').filter((s) => attr(s, 'model') === 'usb'),
    ...devicesOfKind(def, 'hostdev').filter((h) => attr(h, 'type') === 'usb'),
    ...devicesOfKind(def, 'redirdev').filter((r) => attr(r, 'bus') === 'usb'),
  ];
  const used = new Set<string>();
  for (const d of devices) {
    const a = child(d, 'address');
    if (attr(a, 'type') === 'usb' && attr(a, 'port') !== undefined) used.add(attr(a, 'port')!);
  }
  let next = 1;
  for (const d of devices) {
    if (child(d, 'address')) continue;
    while (used.has(String(next))) next++;
    d.address = { type: 'usb', bus: '0', port: String(next) };
    used.add(String(next++));
  }
}
