import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';
import { deviceList, devicesOfKind } from './devices.js';

// Root ports per USB controller model when `ports` does not say; companion controllers
// (those with `<master>`) share their EHCI master's bus and add none.
const ROOT_PORTS: Record<string, number> = {
  'piix3-uhci': 2, 'piix4-uhci': 2, 'vt82c686b-uhci': 2, 'ich9-uhci1': 2, 'ich9-uhci2': 2, 'ich9-uhci3': 2,
  ehci: 6, 'ich9-ehci1': 6, 'pci-ohci': 3, 'nec-xhci': 4, 'qemu-xhci': 4, qusb1: 4, qusb2: 6,
};
const HUB_PORTS = 8;

/** A hub (a controller's root hub or a usb-hub device) and what sits on each port. */
class Hub {
  readonly ports: (Hub | 'used' | undefined)[];
  constructor(count: number) {
    this.ports = Array.from({ length: count }, () => undefined);
  }

  /** The first free port: on this hub, else depth-first behind its hubs in port order. */
  findFree(): number[] | undefined {
    const i = this.ports.findIndex((p) => p === undefined);
    if (i >= 0) return [i + 1];
    for (let p = 0; p < this.ports.length; p++) {
      const sub = this.ports[p];
      if (!(sub instanceof Hub)) continue;
      const found = sub.findFree();
      if (found) return [p + 1, ...found];
    }
    return undefined;
  }

  /** The hub a port path leads into (all but its last step), when every step is a hub. */
  parentOf(path: readonly number[]): Hub | undefined {
    let hub: Hub = this;
    for (const step of path.slice(0, -1)) {
      const next = hub.ports[step - 1];
      if (!(next instanceof Hub)) return undefined;
      hub = next;
    }
    return hub;
  }
}

/** USB devices in the order libvirt gives them ports: hubs, then the others by kind. */
export function usbDevices(def: DomainJson): { hubs: JsonNode[]; others: JsonNode[] } {
  return {
    hubs: devicesOfKind(def, 'hub').filter((h) => attr(h, 'type') === 'usb'),
    others: [
      ...devicesOfKind(def, 'hostdev').filter((h) => attr(h, 'type') === 'usb'),
      ...devicesOfKind(def, 'disk').filter((d) => attr(child(d, 'target'), 'bus') === 'usb'),
      ...devicesOfKind(def, 'controller').filter((c) => attr(c, 'type') === 'ccid'),
      ...devicesOfKind(def, 'input').filter((i) => attr(i, 'bus') === 'usb'),
      ...devicesOfKind(def, 'serial').filter((s) => attr(child(child(s, 'target'), 'model'), 'name') === 'usb-serial' || attr(child(s, 'target'), 'type') === 'usb-serial'),
      ...devicesOfKind(def, 'sound').filter((s) => attr(s, 'model') === 'usb'),
      ...devicesOfKind(def, 'redirdev').filter((r) => attr(r, 'bus') === 'usb'),
    ],
  };
}

const portPath = (a: JsonNode | undefined): number[] | undefined => {
  const port = attr(a, 'port');
  return attr(a, 'type') === 'usb' && port !== undefined && port !== '' ? port.split('.').map(Number) : undefined;
};

/**
 * Gives USB devices without a port one, as libvirt does: explicit ports are reserved first
 * (hubs before what hangs off them), then hubs get ports, then the other devices in
 * libvirt's order (host devices, disks, CCID readers, inputs, serial ports, sound,
 * redirected devices). A free port on a hub wins over descending into its child hubs.
 */
export function assignUsbAddresses(def: DomainJson): void {
  const buses = new Map<number, Hub>();
  for (const c of devicesOfKind(def, 'controller')) {
    if (attr(c, 'type') !== 'usb' || child(c, 'master')) continue;
    const model = attr(c, 'model') ?? 'piix3-uhci';
    if (model === 'none') continue;
    const index = Number(attr(c, 'index') ?? '0');
    if (!buses.has(index)) buses.set(index, new Hub(Number(attr(c, 'ports') ?? ROOT_PORTS[model] ?? 2)));
  }
  if (buses.size === 0) return;
  addHubsIfShort(def, [...buses.values()].reduce((n, b) => n + b.ports.length, 0));
  const { hubs, others } = usbDevices(def);
  const isHub = new Set(hubs);
  const place = (dev: JsonNode, bus: number, path: readonly number[]): void => {
    const parent = buses.get(bus)?.parentOf(path);
    const slot = path[path.length - 1]! - 1;
    if (parent && slot >= 0 && slot < parent.ports.length) parent.ports[slot] = isHub.has(dev) ? new Hub(HUB_PORTS) : 'used';
  };
  // Shorter paths first, so a hub is in the tree before the devices behind it.
  const explicit = [...hubs, ...others].filter((d) => portPath(child(d, 'address')) !== undefined)
    .sort((a, b) => portPath(child(a, 'address'))!.length - portPath(child(b, 'address'))!.length);
  for (const d of explicit) place(d, Number(attr(child(d, 'address'), 'bus') ?? '0'), portPath(child(d, 'address'))!);
  for (const d of [...hubs, ...others]) {
    const a = child(d, 'address');
    if (portPath(a) !== undefined) continue;
    if (a !== undefined && attr(a, 'type') !== 'usb') continue;
    const wanted = a === undefined ? undefined : Number(attr(a, 'bus') ?? '0');
    for (const [bus, root] of [...buses].sort(([x], [y]) => x - y)) {
      if (wanted !== undefined && bus !== wanted) continue;
      const path = root.findFree();
      if (!path) continue;
      d.address = { type: 'usb', bus: String(bus), port: path.join('.') };
      place(d, bus, path);
      break;
    }
  }
}

/**
 * When the domain names no hub and has more USB devices than root ports, libvirt adds just
 * enough hubs: each added hub takes one port and offers eight.
 */
function addHubsIfShort(def: DomainJson, rootPorts: number): void {
  const { hubs, others } = usbDevices(def);
  if (hubs.length > 0 || others.length <= rootPorts) return;
  const needed = Math.ceil((others.length - rootPorts + 1) / (HUB_PORTS - 1));
  const list = deviceList(def, 'hub');
  for (let i = 0; i < needed; i++) list.push({ type: 'usb' });
}
