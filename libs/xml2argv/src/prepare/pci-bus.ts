/** What plugs into what on a PCI topology (simplified from QEMU's rules as libvirt applies them). */
export type PciConnect = 'pci' | 'pcie' | 'root-port' | 'pcie-pci-bridge' | 'switch-up' | 'switch-down' | 'dmi-bridge' | 'pci-bridge';

// Q35 keeps slot 0x1e of the root bus for the DMI-to-PCI bridge, where the ICH9 has it.
const DMI_BRIDGE_SLOT = 0x1e;

export interface PciAddr {
  bus: number;
  slot: number;
  fn: number;
}

/** One bus of the guest's PCI topology and which slots/functions are taken. */
export class PciBus {
  readonly used = new Map<number, Set<number>>();
  /** Slots given to root ports, whose free functions take further root ports. */
  readonly aggregate = new Set<number>();
  /** Whether a DMI-to-PCI bridge goes to the ICH9's slot 0x1e (Q35 only; other PCIe machines fill up). */
  chipsetDmiSlot = true;
  constructor(
    readonly index: number,
    readonly model: string,
    readonly minSlot: number,
    readonly maxSlot: number,
    readonly accepts: readonly PciConnect[],
  ) {}

  isFree(slot: number, fn?: number): boolean {
    const fns = this.used.get(slot);
    return fn === undefined ? !fns || fns.size === 0 : !fns?.has(fn);
  }

  take(slot: number, fn: number): void {
    let fns = this.used.get(slot);
    if (!fns) {
      fns = new Set();
      this.used.set(slot, fns);
    }
    fns.add(fn);
  }

  /** The first free place for a device of this kind, or undefined when the bus is full. */
  findFree(kind: PciConnect): PciAddr | undefined {
    // A pci-bridge goes wherever conventional PCI devices go, and also behind a DMI bridge.
    if (!this.accepts.includes(kind) && !(kind === 'pci-bridge' && this.accepts.includes('pci'))) return undefined;
    if (kind === 'dmi-bridge' && this.chipsetDmiSlot && this.isFree(DMI_BRIDGE_SLOT)) return { bus: this.index, slot: DMI_BRIDGE_SLOT, fn: 0 };
    // Root ports share slots: a slot already holding root ports takes more in its free functions.
    for (let slot = this.minSlot; slot <= this.maxSlot; slot++) {
      if (this.isFree(slot)) return { bus: this.index, slot, fn: 0 };
      if (kind === 'root-port' && this.aggregate.has(slot)) {
        for (let fn = 0; fn < 8; fn++) if (this.isFree(slot, fn)) return { bus: this.index, slot, fn };
      }
    }
    return undefined;
  }
}

/** Bus shapes by controller model: slots and accepted connections. */
export function busFor(index: number, model: string): PciBus | undefined {
  switch (model) {
    case 'pci-root': return new PciBus(index, model, 1, 31, ['pci', 'pcie']);
    case 'pcie-root': return new PciBus(index, model, 1, 31, ['root-port', 'dmi-bridge']);
    // PCI Express endpoints never go behind a conventional bridge; they get root ports.
    case 'pci-bridge': return new PciBus(index, model, 1, 31, ['pci']);
    case 'pcie-to-pci-bridge': return new PciBus(index, model, 1, 31, ['pci']);
    case 'pcie-root-port':
    case 'pcie-switch-downstream-port': return new PciBus(index, model, 0, 0, ['pcie', 'pcie-pci-bridge', 'switch-up']);
    case 'pcie-switch-upstream-port': return new PciBus(index, model, 0, 31, ['switch-down']);
    // Without hotplug, the DMI bridge only carries pci-bridges, which take the devices.
    case 'dmi-to-pci-bridge': return new PciBus(index, model, 0, 31, ['pci-bridge']);
    case 'pci-expander-bus': return new PciBus(index, model, 0, 31, ['pci']);
    case 'pcie-expander-bus': return new PciBus(index, model, 0, 0, ['root-port']);
    default: return undefined;
  }
}

export function formatPciAddress(a: PciAddr, multifunction?: boolean): Record<string, string> {
  const hex = (n: number, w: number): string => `0x${n.toString(16).padStart(w, '0')}`;
  return {
    type: 'pci', domain: '0x0000', bus: hex(a.bus, 2), slot: hex(a.slot, 2), function: hex(a.fn, 1),
    ...(multifunction ? { multifunction: 'on' } : {}),
  };
}
