import { attr, child, list, parseIntLoose, type DomainJson, type JsonNode } from '../input/json.js';

/** Device element names under `<devices>`, in libvirt's formatting order. */
export const DEVICE_KINDS = [
  'emulator', 'disk', 'controller', 'lease', 'filesystem', 'interface', 'smartcard', 'serial', 'parallel',
  'console', 'channel', 'input', 'tpm', 'graphics', 'sound', 'audio', 'video', 'hostdev', 'redirdev',
  'redirfilter', 'hub', 'watchdog', 'memballoon', 'rng', 'nvram', 'panic', 'shmem', 'memory', 'iommu',
  'vsock', 'crypto',
] as const;

/** The `<devices>` node, created when missing. */
export function devicesOf(def: DomainJson): JsonNode {
  let devices = child(def, 'devices');
  if (!devices) {
    devices = {};
    def.devices = devices;
  }
  return devices;
}

/** The devices of one kind as a live array stored back into the domain (safe to push to). */
export function deviceList(def: DomainJson, kind: string): JsonNode[] {
  const devices = devicesOf(def);
  const cur = devices[kind];
  if (Array.isArray(cur)) return cur as JsonNode[];
  const arr = list(cur);
  devices[kind] = arr;
  return arr;
}

/** Read-only view of the devices of one kind. */
export function devicesOfKind(def: DomainJson, kind: string): JsonNode[] {
  return list(child(def, 'devices')?.[kind]);
}

export function controllers(def: DomainJson, type?: string): JsonNode[] {
  return devicesOfKind(def, 'controller').filter((c) => type === undefined || attr(c, 'type') === type);
}

export function findController(def: DomainJson, type: string, index: number): JsonNode | undefined {
  return controllers(def, type).find((c) => Number(attr(c, 'index') ?? '0') === index);
}

/**
 * Adds an implicit controller the way libvirt inserts one: after the last controller of the
 * same type whose index is not greater, else before the first same-type one, else at the end.
 */
export function addController(def: DomainJson, ctrl: JsonNode): void {
  const arr = deviceList(def, 'controller');
  const type = attr(ctrl, 'type');
  const idx = Number(attr(ctrl, 'index') ?? '0');
  let at = -1;
  for (let i = arr.length - 1; i >= 0; i--) {
    const cur = arr[i]!;
    if (attr(cur, 'type') !== type) continue;
    if (Number(attr(cur, 'index') ?? '0') <= idx) {
      at = i + 1;
      break;
    }
    at = i;
  }
  if (at < 0) arr.push(ctrl);
  else arr.splice(at, 0, ctrl);
}

/** Controller types in libvirt's enum order (its sort key for the controller list). */
export const CONTROLLER_TYPES = ['ide', 'fdc', 'scsi', 'sata', 'virtio-serial', 'ccid', 'usb', 'pci', 'xenbus', 'isa'];

/** The `<address>` of a device, when it has one. */
export function addressOf(dev: JsonNode): JsonNode | undefined {
  return child(dev, 'address');
}

/** The `<alias name>` of a device. */
export function aliasOf(dev: JsonNode): string | undefined {
  return attr(child(dev, 'alias'), 'name');
}

export function setAlias(dev: JsonNode, name: string): void {
  dev.alias = { name };
}

/** Controllers written without `index` get the lowest index their type does not use yet. */
/** Controllers whose index libvirt chose (the XML gave none); they keep their written order. */
export const autoIndexed = new WeakSet<JsonNode>();

export function assignControllerIndexes(def: DomainJson): void {
  const ctrls = deviceList(def, 'controller');
  const usb2 = (c: JsonNode | undefined): boolean => attr(c, 'type') === 'usb' && /^ich9-(?:ehci1|uhci[123])$/.test(attr(c, 'model') ?? '');
  let lastUsb: JsonNode | undefined;
  for (const c of ctrls) {
    if (attr(c, 'type') === 'usb' && attr(c, 'index') !== undefined) lastUsb = c;
    if (attr(c, 'index') !== undefined) continue;
    autoIndexed.add(c);
    // A USB2 set member joins the set the USB controller before it belongs to, unless that
    // set already has one of its model.
    if (usb2(c) && usb2(lastUsb)) {
      const index = attr(lastUsb, 'index');
      if (!ctrls.some((o) => attr(o, 'type') === 'usb' && attr(o, 'index') === index && attr(o, 'model') === attr(c, 'model'))) {
        c.index = index!;
        lastUsb = c;
        continue;
      }
    }
    const used = new Set(ctrls.filter((o) => attr(o, 'type') === attr(c, 'type') && attr(o, 'index') !== undefined).map((o) => Number(attr(o, 'index'))));
    let i = 0;
    while (used.has(i)) i++;
    c.index = String(i);
    if (attr(c, 'type') === 'usb') lastUsb = c;
  }
}

/** The PCI bus numbers that device addresses name (buses the guest must have). */
export function pciBusesNamedByDevices(def: DomainJson): number[] {
  const out: number[] = [];
  for (const value of Object.values(devicesOf(def))) {
    for (const dev of Array.isArray(value) ? value : [value]) {
      if (typeof dev !== 'object' || dev === null || Array.isArray(dev)) continue;
      const a = child(dev as JsonNode, 'address');
      if (attr(a, 'type') === 'pci' && attr(a, 'bus') !== undefined) out.push(parseIntLoose(attr(a, 'bus')!));
    }
  }
  return out;
}
