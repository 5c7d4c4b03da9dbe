import { attr, child, type JsonNode } from '../input/json.js';
import type { ValidateContext } from './context.js';
import { MSG } from './messages.js';

// Root ports each USB controller model offers (companion UHCIs add none of their own).
const ROOT_PORTS: Record<string, number> = {
  'piix3-uhci': 2, 'piix4-uhci': 2, 'vt82c686b-uhci': 2, ehci: 6, 'ich9-ehci1': 6, 'pci-ohci': 3, 'nec-xhci': 4, 'qemu-xhci': 4,
};
const HUB_PORTS = 8;
// How deep hubs may be chained below a root port.
const MAX_PORT_DEPTH = 4;
// Device kinds that may sit on a USB bus.
const USB_DEVICE_KINDS = ['disk', 'input', 'hostdev', 'redirdev', 'smartcard', 'sound', 'serial', 'interface', 'controller', 'filesystem'];

/** One port of a hub: empty, taken by a device, or holding another hub. */
type Port = { kind: 'free' } | { kind: 'device' } | { kind: 'hub'; ports: Port[] };
const hubPorts = (n: number): Port[] => Array.from({ length: n }, () => ({ kind: 'free' }));

const usbAddress = (dev: JsonNode): JsonNode | undefined => {
  const a = child(dev, 'address');
  return attr(a, 'type') === 'usb' ? a : undefined;
};

/** Port paths (`1.2.3`): dot-separated port numbers, at most four deep. */
export function checkUsbPortSyntax(ctx: ValidateContext): void {
  for (const kind of [...USB_DEVICE_KINDS, 'hub']) {
    for (const dev of ctx.devices(kind)) {
      const port = attr(usbAddress(dev), 'port');
      if (port === undefined) continue;
      const parts = port.split('.');
      if (parts.length > MAX_PORT_DEPTH || parts.some((p) => !/^\d+$/.test(p))) throw MSG.usbPortSyntax();
    }
  }
}

/** With `<controller type='usb' model='none'/>` nothing else may use USB. */
export function checkUsbDisabled(ctx: ValidateContext): void {
  const usb = ctx.devices('controller').filter((c) => attr(c, 'type') === 'usb');
  if (!usb.some((c) => attr(c, 'model') === 'none')) return;
  if (usb.length > 1) throw MSG.usbDisabledOther();
  if (ctx.devices('hub').length > 0) throw MSG.usbDisabledHub();
  if (ctx.devices('input').some((i) => attr(i, 'bus') === 'usb')) throw MSG.usbDisabledInput();
}

/** Companion UHCI controllers need the EHCI master of their index. */
export function checkUsbCompanions(ctx: ValidateContext): void {
  const usb = ctx.devices('controller').filter((c) => attr(c, 'type') === 'usb');
  for (const c of usb) {
    if (!child(c, 'master')) continue;
    const index = attr(c, 'index') ?? '0';
    if (!usb.some((m) => !child(m, 'master') && (attr(m, 'index') ?? '0') === index)) throw MSG.usbNoMaster();
  }
}

/**
 * Reserves the USB ports devices were given by hand, hubs first (devices may sit behind them):
 * the bus must exist, every hop but the last must be a hub, the last port free and in range.
 */
export function checkUsbAddresses(ctx: ValidateContext): void {
  const buses = new Map<number, Port[]>();
  for (const c of ctx.devices('controller')) {
    const model = attr(c, 'model');
    if (attr(c, 'type') !== 'usb' || model === 'none' || child(c, 'master')) continue;
    const ports = attr(c, 'ports');
    buses.set(Number(attr(c, 'index') ?? 0), hubPorts(ports !== undefined ? Number(ports) : ROOT_PORTS[model ?? 'piix3-uhci'] ?? 2));
  }
  const place = (dev: JsonNode, isHub: boolean): void => {
    const a = usbAddress(dev);
    if (!a) return;
    const bus = Number(attr(a, 'bus') ?? 0);
    const root = buses.get(bus);
    if (!root) throw MSG.usbBusMissing(bus);
    const path = attr(a, 'port');
    if (path === undefined) return;
    const hops = path.split('.').map(Number);
    let ports = root;
    for (let i = 0; i < hops.length - 1; i++) {
      const next = ports[hops[i]! - 1];
      if (next?.kind !== 'hub') throw MSG.usbNoHub(hops[i]!, bus, path);
      ports = next.ports;
    }
    const last = hops[hops.length - 1]!;
    if (last < 1 || last > ports.length) throw MSG.usbPortMissing(path, bus);
    if (ports[last - 1]!.kind !== 'free') throw MSG.usbDuplicate(bus, path);
    ports[last - 1] = isHub ? { kind: 'hub', ports: hubPorts(HUB_PORTS) } : { kind: 'device' };
  };
  for (const hub of ctx.devices('hub')) place(hub, true);
  for (const kind of USB_DEVICE_KINDS) for (const dev of ctx.devices(kind)) place(dev, false);
}
