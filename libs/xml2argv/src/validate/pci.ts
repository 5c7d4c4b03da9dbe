import { attr, child, parseIntLoose, type JsonNode } from '../input/json.js';
import { isI440fxMachine, isQ35Machine, isX86Arch, type ValidateContext } from './context.js';
import { MSG } from './messages.js';

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
const num = (node: JsonNode, name: string): number => parseIntLoose(attr(node, name) ?? '0');

/** `dddd:bb:ss.f`, the way libvirt prints a PCI address in messages. */
export function pciAddressText(address: JsonNode): string {
  return `${hex(num(address, 'domain'), 4)}:${hex(num(address, 'bus'), 2)}:${hex(num(address, 'slot'), 2)}.${num(address, 'function').toString(16)}`;
}

/** Every element under `<devices>` that may carry an `<address>`. */
function addressedDevices(ctx: ValidateContext): JsonNode[] {
  const devices = child(ctx.def, 'devices');
  if (!devices) return [];
  return Object.keys(devices).filter((k) => k !== 'emulator').flatMap((k) => ctx.devices(k));
}

/** Fields of explicit PCI addresses within the ranges the PCI spec allows. */
export function checkPciAddressRanges(ctx: ValidateContext): void {
  for (const dev of addressedDevices(ctx)) {
    const a = child(dev, 'address');
    if (attr(a, 'type') !== 'pci') continue;
    const bus = num(a!, 'bus');
    const slot = num(a!, 'slot');
    const fn = num(a!, 'function');
    if (num(a!, 'domain') > 0xffff) throw MSG.pciAddressRange('domain', `0x${hex(num(a!, 'domain'), 4)}`, '0xFFFF');
    if (bus > 0xff) throw MSG.pciAddressRange('bus', `0x${hex(bus, 2)}`, '0xFF');
    if (slot > 0x1f) throw MSG.pciAddressRange('slot', `0x${hex(slot, 2)}`, '0x1F');
    if (fn > 7) throw MSG.pciFunctionRange(fn);
  }
}

// For controllers that only plug into particular buses: the bus models that accept them.
const PLUGS_INTO: Record<string, readonly string[]> = {
  'pci-expander-bus': ['pci-root'],
  'pcie-expander-bus': ['pcie-root'],
  'dmi-to-pci-bridge': ['pcie-root', 'pcie-expander-bus'],
};

/** Controllers placed by hand on a bus that cannot take them. */
export function checkControllerPlacement(ctx: ValidateContext): void {
  const pci = ctx.devices('controller').filter((c) => attr(c, 'type') === 'pci');
  for (const c of pci) {
    const model = attr(c, 'model') ?? '';
    const accepts = PLUGS_INTO[model];
    const address = child(c, 'address');
    if (!accepts || attr(address, 'type') !== 'pci') continue;
    const busIndex = num(address!, 'bus');
    const bus = pci.find((b) => Number(attr(b, 'index') ?? -1) === busIndex);
    const busModel = attr(bus, 'model');
    if (bus && busModel !== undefined && !accepts.includes(busModel)) throw MSG.pciWrongBus(pciAddressText(address!), busIndex, model);
  }
}

/** Two devices placed by hand on one PCI function, or on the i440fx IDE function. */
export function checkPciDoubleUse(ctx: ValidateContext): void {
  const used = new Set<string>();
  const i440fx = isI440fxMachine(ctx.machine) && isX86Arch(ctx.arch);
  const devices = child(ctx.def, 'devices');
  // A serial console is the first serial port again, address included.
  for (const kind of Object.keys(devices ?? {}).filter((k) => k !== 'console')) {
    for (const dev of ctx.devices(kind)) {
      const a = child(dev, 'address');
      if (attr(a, 'type') !== 'pci' || attr(a, 'slot') === undefined) continue;
      const key = pciAddressText(a!);
      // The chipset's own IDE function belongs to the first IDE controller.
      const ideFunction = i440fx && key === '0000:00:01.1' && !(kind === 'controller' && attr(dev, 'type') === 'ide');
      if (used.has(key) || ideFunction) throw MSG.pciDoubleUse(key);
      used.add(key);
    }
  }
}

// q35's root bus: slots 1..0x1e are free for devices (0 is the host bridge, 0x1f the ICH9 chipset).
const Q35_FREE_SLOTS = 0x1e;
const FUNCTIONS_PER_SLOT = 8;

/**
 * Root ports without an address are packed eight to a slot of pcie-root. When even an otherwise
 * empty root bus could not take them all, address assignment must fail. (Other devices only
 * lower the capacity, so this never refuses a domain that fits.)
 */
export function checkRootPortCapacity(ctx: ValidateContext): void {
  if (!isQ35Machine(ctx.machine)) return;
  const controllers = ctx.devices('controller');
  const unplaced = controllers.filter((c) => attr(c, 'model') === 'pcie-root-port' && !child(c, 'address')).length;
  const takenSlots = new Set<number>();
  const devices = child(ctx.def, 'devices');
  for (const kind of Object.keys(devices ?? {})) {
    for (const dev of ctx.devices(kind)) {
      const a = child(dev, 'address');
      if (attr(a, 'type') === 'pci' && num(a!, 'bus') === 0) takenSlots.add(num(a!, 'slot'));
    }
  }
  const freeSlots = Q35_FREE_SLOTS - [...takenSlots].filter((s) => s >= 1 && s <= Q35_FREE_SLOTS).length;
  if (unplaced > freeSlots * FUNCTIONS_PER_SLOT) throw MSG.pciSlotExhausted('pcie-root-port');
}
