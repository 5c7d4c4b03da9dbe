import type { DomainJson, JsonNode } from '../input/json.js';
import { controllers, devicesOf } from './devices.js';

/*
 * The builder gives some devices addresses libvirt leaves empty in a definition (USB ports
 * when the USB controller's model, hence its port count, is unknown). To tell the addresses
 * prepareDomain chose from those of the input, the input's are marked first.
 */
const GIVEN = '#given';

function allDevices(def: DomainJson): JsonNode[] {
  const out: JsonNode[] = [];
  for (const value of Object.values(devicesOf(def))) {
    for (const dev of Array.isArray(value) ? value : [value]) if (typeof dev === 'object' && dev !== null && !Array.isArray(dev)) out.push(dev);
  }
  return out;
}

const addressNode = (dev: JsonNode): JsonNode | undefined => {
  const a = dev.address;
  return typeof a === 'object' && a !== null && !Array.isArray(a) ? a : undefined;
};

export function markGivenAddresses(def: DomainJson): void {
  for (const dev of allDevices(def)) {
    const a = addressNode(dev);
    if (a) a[GIVEN] = 'yes';
  }
}

/** Drops the USB ports prepareDomain assigned where libvirt cannot, and removes the marks. */
export function unmarkAddresses(def: DomainJson): void {
  const usb0 = controllers(def, 'usb').find((c) => (c.index ?? '0') === '0');
  const portsKnown = usb0 !== undefined && usb0.model !== undefined && typeof usb0.model === 'string' && usb0.model !== 'none';
  for (const dev of allDevices(def)) {
    const a = addressNode(dev);
    if (!a) continue;
    if (a[GIVEN] === undefined && a.type === 'usb' && !portsKnown) delete dev.address;
    delete a[GIVEN];
  }
}
