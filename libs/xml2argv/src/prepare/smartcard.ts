import { attr, child, type DomainJson } from '../input/json.js';
import { addController, devicesOfKind, findController } from './devices.js';

/**
 * Smartcards plug into a CCID controller (QEMU's usb-ccid): libvirt adds the controller a
 * card names, or controller 0, when the domain lacks it, and gives each card a CCID slot.
 */
export function addSmartcardControllers(def: DomainJson): void {
  const slots = new Map<number, number>();
  for (const card of devicesOfKind(def, 'smartcard')) {
    const address = child(card, 'address');
    const index = attr(address, 'type') === 'ccid' ? Number(attr(address, 'controller') ?? '0') : 0;
    if (!findController(def, 'ccid', index)) addController(def, { type: 'ccid', index: String(index) });
    const slot = slots.get(index) ?? 0;
    slots.set(index, slot + 1);
    if (!address) card.address = { type: 'ccid', controller: String(index), slot: String(slot) };
  }
}
