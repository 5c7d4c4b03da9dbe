import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, parseIntLoose, type DomainJson, type JsonNode } from '../input/json.js';
import { addController, devicesOf, findController } from './devices.js';
import { isS390Ccw } from './ccw.js';
import { machineName } from './machine.js';

/** PCI on s390 (zPCI): each PCI function also has a user id (uid, 1-0xffff) and a function id (fid). */
const usesZpci = (def: DomainJson, caps: QemuCapabilities): boolean =>
  isS390Ccw(machineName(def)) && caps.flags.has('zpci' as never);

function allDevices(def: DomainJson): JsonNode[] {
  const out: JsonNode[] = [];
  for (const value of Object.values(devicesOf(def))) {
    for (const dev of Array.isArray(value) ? value : [value]) {
      if (typeof dev === 'object' && dev !== null && !Array.isArray(dev)) out.push(dev as JsonNode);
    }
  }
  return out;
}

/**
 * Before PCI slots are handed out: an s390 guest with zPCI has a PCI root, and a PCI address
 * that only carries zPCI ids (no slot) still needs a slot. Returns the zPCI ids set aside so
 * `finishZpci` can put them back on the assigned address.
 */
export function prepareZpci(def: DomainJson, caps: QemuCapabilities): Map<JsonNode, JsonNode> {
  const kept = new Map<JsonNode, JsonNode>();
  if (!usesZpci(def, caps)) return kept;
  if (!findController(def, 'pci', 0)) addController(def, { type: 'pci', index: '0', model: 'pci-root' });
  for (const dev of allDevices(def)) {
    const a = child(dev, 'address');
    if (attr(a, 'type') !== 'pci' || attr(a, 'slot') !== undefined) continue;
    const zpci = child(a, 'zpci');
    if (zpci) kept.set(dev, zpci);
    delete dev.address;
  }
  return kept;
}

/**
 * After PCI slots are handed out: every PCI device gets its zPCI ids, the written ones kept,
 * missing uids counted up from 1 and missing fids from 0, skipping the ones in use.
 */
export function finishZpci(def: DomainJson, caps: QemuCapabilities, kept: Map<JsonNode, JsonNode>): void {
  if (!usesZpci(def, caps)) return;
  const pciDevices = allDevices(def).filter((d) => attr(child(d, 'address'), 'type') === 'pci');
  const zpciOf = (dev: JsonNode): JsonNode | undefined => child(child(dev, 'address'), 'zpci') ?? kept.get(dev);
  const uids = new Set<number>();
  const fids = new Set<number>();
  for (const dev of pciDevices) {
    const z = zpciOf(dev);
    if (attr(z, 'uid') !== undefined) uids.add(parseIntLoose(attr(z, 'uid')!));
    if (attr(z, 'fid') !== undefined) fids.add(parseIntLoose(attr(z, 'fid')!));
  }
  let nextUid = 1;
  let nextFid = 0;
  // Devices that carry a <zpci> element have their missing ids filled first (libvirt does it
  // when it reads the XML), the others when they get their PCI address.
  const written = pciDevices.filter((d) => zpciOf(d) !== undefined);
  for (const dev of [...written, ...pciDevices.filter((d) => !written.includes(d))]) {
    const z: JsonNode = { ...(zpciOf(dev) ?? {}) };
    if (attr(z, 'uid') === undefined) {
      while (uids.has(nextUid)) nextUid++;
      uids.add(nextUid);
      z.uid = `0x${nextUid.toString(16).padStart(4, '0')}`;
    }
    if (attr(z, 'fid') === undefined) {
      while (fids.has(nextFid)) nextFid++;
      fids.add(nextFid);
      z.fid = `0x${nextFid.toString(16).padStart(8, '0')}`;
    }
    (child(dev, 'address') as JsonNode).zpci = z;
  }
}
