import { attr, child, parseIntLoose, type DomainJson, type JsonNode } from '../input/json.js';
import { controllers, devicesOf, devicesOfKind } from './devices.js';
import { formatPciAddress } from './pci-bus.js';
import { isI440fx, machineName } from './machine.js';

/**
 * virtio-iommu must sit on the root bus itself (never behind a root port or bridge), so it
 * takes the first free slot of bus 0 once every other PCI device has its place.
 */
export function assignIommuAddress(def: DomainJson): void {
  const root = controllers(def, 'pci').find((c) => attr(c, 'index') === '0');
  if (!root) return;
  for (const iommu of devicesOfKind(def, 'iommu')) {
    if (attr(iommu, 'model') !== 'virtio' || child(iommu, 'address')) continue;
    const used = rootSlotsInUse(def);
    for (let slot = 1; slot < 32; slot++) {
      if (used.has(slot)) continue;
      iommu.address = formatPciAddress({ bus: 0, slot, fn: 0 });
      break;
    }
  }
}

function rootSlotsInUse(def: DomainJson): Set<number> {
  const used = new Set<number>();
  const q35 = attr(controllers(def, 'pci').find((c) => attr(c, 'index') === '0'), 'model') === 'pcie-root';
  // Slots the chipset itself occupies: PIIX3 at 1 on i440fx, the ICH9 functions at 0x1f on Q35.
  if (q35) used.add(0x1f);
  else if (isI440fx(machineName(def))) used.add(1);
  for (const value of Object.values(devicesOf(def))) {
    for (const dev of Array.isArray(value) ? value : [value]) {
      if (typeof dev !== 'object' || dev === null || Array.isArray(dev)) continue;
      const a = child(dev as JsonNode, 'address');
      if (attr(a, 'type') === 'pci' && parseIntLoose(attr(a, 'bus') ?? '0') === 0) used.add(parseIntLoose(attr(a, 'slot') ?? '0'));
    }
  }
  return used;
}
