import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, type DomainJson } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import { guestArch, isQ35, isX86, machineName } from '../prepare/machine.js';
import { reject } from '../errors.js';

const USB_FLAGS: Record<string, string> = {
  'piix3-uhci': 'piix3-usb-uhci', 'piix4-uhci': 'piix4-usb-uhci', ehci: 'usb-ehci', 'ich9-ehci1': 'ich9-usb-ehci1',
  'ich9-uhci1': 'ich9-usb-ehci1', 'ich9-uhci2': 'ich9-usb-ehci1', 'ich9-uhci3': 'ich9-usb-ehci1', 'vt82c686b-uhci': 'vt82c686b-usb-uhci',
  'pci-ohci': 'pci-ohci', 'nec-xhci': 'nec-usb-xhci', 'qemu-xhci': 'qemu-xhci',
};

/** Controller configurations libvirt refuses. */
export function validateControllers(def: DomainJson, caps: QemuCapabilities): void {
  const q35 = isQ35(machineName(def));
  const x86 = isX86(guestArch(def, caps));
  const pciIndexes = new Set<string>();
  for (const c of devicesOfKind(def, 'controller')) {
    const type = attr(c, 'type');
    const explicitIndex = attr(c, 'index');
    const index = explicitIndex ?? '0';
    const model = attr(c, 'model');
    if (!/^\d+$/.test(index)) {
      throw reject('xml-error', `Invalid value for attribute 'index' in element 'controller': '${index}'. Expected non-negative value`);
    }
    if (type === 'pci') {
      if (explicitIndex !== undefined && pciIndexes.has(index)) throw reject('xml-error', `Multiple 'pci' controllers with index '${index}'`);
      if (explicitIndex !== undefined) pciIndexes.add(index);
      if (x86 && (model === 'pci-root' || model === 'pcie-root') && index !== '0') throw reject('xml-error', 'pci-root and pcie-root controllers should have index 0');
      if ((model === 'pci-root' || model === 'pcie-root') && child(c, 'address')) throw reject('config-unsupported', 'pci-root and pcie-root controllers should not have an address');
      if (index === '0' && q35 && model === 'pci-root') {
        throw reject('xml-error', "The PCI controller with index='0' must be model='pcie-root' for this machine type, but model='pci-root' was found instead");
      }
      if (x86 && model === 'pcie-expander-bus' && !q35) throw reject('config-unsupported', 'pcie-expander-bus controllers are not supported with this machine type');
    }
    if (type === 'usb') {
      const q35Default = ['qemu-xhci', 'piix3-usb-uhci'].some((f) => caps.flags.has(f as never));
      if (model === undefined && q35 && !q35Default) throw reject('config-unsupported', 'no model provided for USB controller');
      const flag = model === undefined ? undefined : USB_FLAGS[model];
      if (flag && !caps.flags.has(flag as never)) throw reject('config-unsupported', `USB controller model '${model}' not supported in this QEMU binary`);
      const ports = Number(attr(c, 'ports') ?? 0);
      if (model === 'qemu-xhci' && ports > 15) throw reject('config-unsupported', "'qemu-xhci' controller only supports up to '15' ports");
      if (model === 'nec-xhci' && ports > 15) throw reject('config-unsupported', "'nec-xhci' controller only supports up to '15' ports");
    }
  }
}
