import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';
import { addController, autoIndexed, controllers, deviceList } from './devices.js';

/**
 * An ICH9 USB2 set is one EHCI controller and up to three UHCI companions sharing its index;
 * together they fill one PCI slot: the EHCI in function 7, UHCI n in function n-1.
 */
const USB2_FUNCTION: Readonly<Record<string, number>> = { 'ich9-ehci1': 7, 'ich9-uhci1': 0, 'ich9-uhci2': 1, 'ich9-uhci3': 2 };

/** The PCI function of an ICH9 USB2 set member, undefined for any other device. */
export function usb2Function(dev: JsonNode): number | undefined {
  if (attr(dev, 'type') !== 'usb') return undefined;
  return USB2_FUNCTION[attr(dev, 'model') ?? ''];
}

/**
 * The USB controller a Q35 guest gets when it names none: USB3 when QEMU has an XHCI
 * controller, else the ICH9 USB2 set, else none (undefined model, dropped later).
 */
export function addDefaultQ35Usb(def: DomainJson, caps: QemuCapabilities): void {
  const has = (flag: string): boolean => caps.flags.has(flag as never);
  const model = has('qemu-xhci') ? 'qemu-xhci' : has('nec-usb-xhci') ? 'nec-xhci' : has('ich9-usb-ehci1') ? 'ich9-ehci1' : undefined;
  addController(def, { type: 'usb', index: '0', ...(model ? { model } : {}) });
  if (model === 'ich9-ehci1') for (const n of [1, 2, 3]) addController(def, { type: 'usb', index: '0', model: `ich9-uhci${n}` });
}

/**
 * UHCI companions without `<master>` take the ports after the ones before them (0, 2, 4),
 * and USB controllers are kept ordered by index with each set's EHCI ahead of its
 * companions, which is also the order they are given PCI slots in.
 */
export function arrangeUsbControllers(def: DomainJson): void {
  for (const c of controllers(def, 'usb')) {
    const fn = usb2Function(c);
    if (fn === undefined || fn === 7 || child(c, 'master')) continue;
    c.master = { startport: String(fn * 2) };
  }
  const list = deviceList(def, 'controller');
  const slots: number[] = [];
  const usb: JsonNode[] = [];
  list.forEach((c, i) => {
    if (attr(c, 'type') !== 'usb') return;
    slots.push(i);
    usb.push(c);
  });
  // Each controller is inserted as it is read: one without a written index after the others,
  // one with an index before the first with a higher index, and a master before the
  // companions of its index.
  const sorted: JsonNode[] = [];
  const index = (c: JsonNode): number => Number(attr(c, 'index') ?? '0');
  for (const c of usb) {
    let at = -1;
    if (!autoIndexed.has(c)) {
      for (let k = sorted.length - 1; k >= 0; k--) {
        const cur = sorted[k]!;
        if (index(cur) > index(c)) at = k;
        else if (!child(c, 'master') && child(cur, 'master') && index(cur) === index(c)) at = k;
        else if (at === -1) at = k + 1;
      }
    }
    sorted.splice(at === -1 ? sorted.length : at, 0, c);
  }
  slots.forEach((at, k) => (list[at] = sorted[k]!));
}
