import { attr, child, text } from '../input/json.js';
import { isPseriesMachine, isQ35Machine, isX86Arch, type ValidateContext } from './context.js';
import { MSG } from './messages.js';
import { numaCells } from './memory.js';

// The capability each USB controller model depends on.
const USB_MODEL_FLAGS: Record<string, string> = {
  'piix3-uhci': 'piix3-usb-uhci', 'piix4-uhci': 'piix4-usb-uhci', ehci: 'usb-ehci', 'ich9-ehci1': 'ich9-usb-ehci1',
  'ich9-uhci1': 'ich9-usb-ehci1', 'ich9-uhci2': 'ich9-usb-ehci1', 'ich9-uhci3': 'ich9-usb-ehci1',
  'vt82c686b-uhci': 'vt82c686b-usb-uhci', 'pci-ohci': 'pci-ohci', 'nec-xhci': 'nec-usb-xhci', 'qemu-xhci': 'qemu-xhci',
};
// xHCI controllers expose at most this many root ports.
const XHCI_MAX_PORTS = 15;

/** Controller indexes: non-negative, unique per type (USB companions share theirs), roots at 0. */
export function checkControllerIndexes(ctx: ValidateContext): void {
  const seen = new Set<string>();
  for (const c of ctx.devices('controller')) {
    const index = attr(c, 'index');
    if (index === undefined) continue;
    if (/^\s*-/.test(index)) throw MSG.negativeIndex('controller', index);
    const type = attr(c, 'type') ?? '';
    const model = attr(c, 'model');
    // pSeries guests may have several PCI host bridges, all modelled as pci-root.
    if ((model === 'pci-root' || model === 'pcie-root') && Number(index) !== 0 && !isPseriesMachine(ctx.machine)) throw MSG.pciRootIndex();
    if (type === 'usb') continue;
    const key = `${type}/${Number(index)}`;
    if (seen.has(key)) throw MSG.controllerDuplicateIndex(type, Number(index));
    seen.add(key);
  }
}

/** The PCI root must match the machine: pcie-root for q35, pci-root for the other x86 machines. */
export function checkPciRoots(ctx: ValidateContext): void {
  const pci = ctx.devices('controller').filter((c) => attr(c, 'type') === 'pci');
  for (const c of pci) {
    const model = attr(c, 'model');
    if ((model === 'pci-root' || model === 'pcie-root') && child(c, 'address')) throw MSG.pciRootAddress();
  }
  if (!isX86Arch(ctx.arch)) return;
  const q35 = isQ35Machine(ctx.machine);
  const root = pci.find((c) => Number(attr(c, 'index') ?? -1) === 0);
  const want = q35 ? 'pcie-root' : 'pci-root';
  const got = attr(root, 'model');
  if (root && got !== undefined && got !== want) throw MSG.pciRootModel(want, got);
  for (const c of pci) {
    if (attr(c, 'model') === 'pcie-expander-bus' && !q35) throw MSG.pcieExpanderMachine();
    const model = attr(c, 'model');
    if (model === 'pci-root' && attr(child(c, 'target'), 'hotplug') !== undefined && !ctx.has('piix4.acpi-root-pci-hotplug')) {
      throw MSG.rootHotplugUnsupported(model);
    }
  }
}

/** Expander buses attach to a guest NUMA node, which has to exist. */
export function checkExpanderNodes(ctx: ValidateContext): void {
  const cells = numaCells(ctx).length;
  for (const c of ctx.devices('controller')) {
    const model = attr(c, 'model');
    if (model !== 'pci-expander-bus' && model !== 'pcie-expander-bus') continue;
    const node = text(child(c, 'target')?.node);
    if (node !== undefined && Number(node) >= cells) throw MSG.expanderNumaNode(model, Number(attr(c, 'index')), Number(node), cells);
  }
}

/** USB controllers written in the XML: a model this binary has, and a sane port count. */
export function checkUsbControllers(ctx: ValidateContext): void {
  for (const c of ctx.devices('controller')) {
    if (attr(c, 'type') !== 'usb') continue;
    const model = attr(c, 'model');
    if (model === 'none') continue;
    if (model === undefined) {
      // A model-less controller becomes piix3-uhci when possible; q35 has no legacy USB to fall back to.
      if (isX86Arch(ctx.arch) && isQ35Machine(ctx.machine) && !ctx.has('piix3-usb-uhci')) throw MSG.usbNoModel();
      continue;
    }
    const flag = USB_MODEL_FLAGS[model];
    if (flag && !ctx.has(flag)) throw MSG.usbModelUnsupported(model);
    const ports = attr(c, 'ports');
    if ((model === 'qemu-xhci' || model === 'nec-xhci') && ports !== undefined && Number(ports) > XHCI_MAX_PORTS) {
      throw MSG.usbPortsLimit(model, XHCI_MAX_PORTS);
    }
  }
}
