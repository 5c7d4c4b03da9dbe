import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, type DomainJson } from '../input/json.js';
import { virtioTransportDevices } from './ccw.js';
import { controllers } from './devices.js';
import { guestArch } from './machine.js';

const MMIO_ARCHES = new Set(['aarch64', 'armv7l', 'armv6l', 'riscv32', 'riscv64']);

/**
 * ARM and RISC-V boards without a PCI host bridge reach virtio devices over memory-mapped
 * transports: every virtio device without an address becomes `virtio-mmio` (QEMU picks the
 * slot itself). Where the machine has a PCI root, PCI stays the default.
 */
export function assignVirtioMmioAddresses(def: DomainJson, caps: QemuCapabilities): void {
  if (!MMIO_ARCHES.has(guestArch(def, caps)) || !caps.flags.has('virtio-mmio' as never)) return;
  const hasPciRoot = controllers(def, 'pci').some((c) => attr(c, 'model') === 'pcie-root' || attr(c, 'model') === 'pci-root');
  if (hasPciRoot) return;
  for (const dev of virtioTransportDevices(def)) {
    if (!child(dev, 'address')) dev.address = { type: 'virtio-mmio' };
  }
}
