import { attr, child, parseIntLoose, type JsonNode } from '../input/json.js';
import type { ValidateContext } from './context.js';
import { MSG } from './messages.js';

/** Host devices: what each kind can boot from or show, and zPCI extensions of PCI addresses. */
export function checkHostdevs(ctx: ValidateContext): void {
  let ramfb = 0;
  for (const dev of ctx.devices('hostdev')) {
    const type = attr(dev, 'type');
    const model = attr(dev, 'model') ?? '';
    const boots = attr(child(dev, 'boot'), 'order') !== undefined;
    if (type === 'mdev' && attr(dev, 'ramfb') === 'on' && ++ramfb > 1) throw MSG.ramfbMultiple();
    if (boots && type === 'scsi_host') throw MSG.hostdevBootVhostScsi();
    if (boots && type === 'mdev' && model === 'vfio-ap') throw MSG.hostdevBootMdev(model);
    if (type === 'mdev' && attr(dev, 'display') === 'on' && ctx.devices('graphics').length === 0) throw MSG.mdevDisplayNeedsGraphics();
    const zpci = child(child(dev, 'address'), 'zpci');
    if (zpci && !ctx.has('zpci')) throw MSG.zpciUnsupported();
    if (type === 'mdev' && model === 'vfio-ccw' && !ctx.has('vfio-ccw')) throw MSG.vfioCcwUnsupported();
  }
}

// The address type each mediated device model takes in the guest.
const MDEV_GUEST_ADDRESS: Record<string, string> = { 'vfio-pci': 'pci', 'vfio-ccw': 'ccw' };

/** How the parser reads host devices: complete sources, fitting guest addresses, no repeats. */
export function checkHostdevDefinitions(ctx: ValidateContext): void {
  const seen = new Set<string>();
  for (const dev of ctx.devices('hostdev')) {
    const type = attr(dev, 'type') ?? '';
    const source = child(dev, 'source');
    const srcAddr = child(source, 'address');
    if (type === 'mdev') {
      if (attr(srcAddr, 'uuid') === undefined) throw MSG.mdevMissingUuid();
      const model = attr(dev, 'model') ?? '';
      const addrType = attr(child(dev, 'address'), 'type');
      const want = MDEV_GUEST_ADDRESS[model];
      if (addrType !== undefined && want !== undefined && addrType !== want) throw MSG.mdevAddressType(addrType, model);
    }
    const key = hostdevKey(type, source);
    if (key !== undefined && seen.has(key)) throw MSG.hostdevDuplicate();
    if (key !== undefined) seen.add(key);
  }
}

/** What identifies the host side of a host device, when it can be told. */
function hostdevKey(type: string, source: JsonNode | undefined): string | undefined {
  const a = child(source, 'address');
  const num = (n: JsonNode | undefined, k: string): number => parseIntLoose(attr(n, k) ?? '0');
  switch (type) {
    case 'pci':
      return a ? `pci/${num(a, 'domain')}:${num(a, 'bus')}:${num(a, 'slot')}.${num(a, 'function')}` : undefined;
    case 'usb': {
      const vendor = attr(child(source, 'vendor'), 'id');
      const product = attr(child(source, 'product'), 'id');
      if (vendor !== undefined) return `usb/id/${vendor}:${product}`;
      return a ? `usb/${num(a, 'bus')}:${num(a, 'device')}` : undefined;
    }
    case 'scsi':
      return a ? `scsi/${attr(child(source, 'adapter'), 'name')}/${num(a, 'bus')}:${num(a, 'target')}:${num(a, 'unit')}` : undefined;
    case 'mdev':
      return a ? `mdev/${attr(a, 'uuid')}` : undefined;
    default:
      return undefined;
  }
}

/** zPCI ids: the uid is 1..0xffff. */
export function checkZpciIds(ctx: ValidateContext): void {
  const devices = child(ctx.def, 'devices');
  for (const kind of Object.keys(devices ?? {})) {
    for (const dev of ctx.devices(kind)) {
      const uid = attr(child(child(dev, 'address'), 'zpci'), 'uid');
      if (uid === undefined) continue;
      const value = parseIntLoose(uid);
      if (value === 0 || value > 0xffff) throw MSG.zpciUid(value.toString(16).padStart(4, '0'));
    }
  }
}
