import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';
import { addController, controllers, deviceList, devicesOfKind, findController } from './devices.js';
import { guestArch, isI440fx, isQ35, isX86, machineName } from './machine.js';
import { isPseries } from './pseries.js';
import { defaultVideoModel, setVideoDefaults } from './video-default.js';
import { addDefaultQ35Usb, arrangeUsbControllers } from './usb-companions.js';
import { addVirtioSerialControllers, assignVirtioChannelPorts } from './virtio-serial-ports.js';
import { movePrimaryVideoFirst } from './video-order.js';

const has = (caps: QemuCapabilities, flag: string): boolean => caps.flags.has(flag as never);

/**
 * Adds the controllers and devices a domain has without saying so: the PCI root, the
 * machine's built-in IDE/SATA controller, a USB controller, controllers the disks and
 * channels sit on, the default balloon, PS/2 inputs and an audio backend.
 */
export function addImplicitDevices(def: DomainJson, caps: QemuCapabilities): void {
  const machine = machineName(def);
  const arch = guestArch(def, caps);
  const x86 = isX86(arch);
  const q35 = isQ35(machine);
  const i440 = x86 && isI440fx(machine);
  movePrimaryVideoFirst(def);

  if (x86 && q35 && controllers(def, 'usb').length === 0) addDefaultQ35Usb(def, caps);
  if (i440 && controllers(def, 'usb').length === 0) addController(def, { type: 'usb', index: '0' });
  if (x86 && q35 && !findController(def, 'sata', 0)) addController(def, { type: 'sata', index: '0' });
  if (i440 && !findController(def, 'ide', 0)) addController(def, { type: 'ide', index: '0' });
  if (x86 && !findController(def, 'pci', 0)) addController(def, { type: 'pci', index: '0', model: q35 ? 'pcie-root' : 'pci-root' });
  // pSeries guests have a USB controller and their first PCI host bridge without asking.
  const pseries = isPseries(machine);
  if (pseries && controllers(def, 'usb').length === 0) addController(def, { type: 'usb', index: '0' });
  if (pseries && !findController(def, 'pci', 0)) addController(def, { type: 'pci', index: '0', model: 'pci-root' });
  // ARM and RISC-V virt machines are PCI Express when QEMU has the generic PCIe host bridge.
  const virt = (arch === 'aarch64' || arch === 'armv7l' || arch === 'riscv64') && machine.startsWith('virt');
  if (virt && has(caps, 'gpex-pcihost') && !findController(def, 'pci', 0)) addController(def, { type: 'pci', index: '0', model: 'pcie-root' });
  // Other non-x86 boards get QEMU's built-in USB (-usb); virt and s390 machines get none.
  const boardUsb = !x86 && !pseries && !virt && arch !== 's390x' && !machine.startsWith('virt');
  if (boardUsb && controllers(def, 'usb').length === 0) addController(def, { type: 'usb', index: '0' });

  for (const disk of devicesOfKind(def, 'disk')) {
    const bus = attr(child(disk, 'target'), 'bus');
    const address = child(disk, 'address');
    if (attr(address, 'type') !== 'drive') continue;
    const type = bus === 'fdc' ? 'fdc' : bus;
    if (type !== 'ide' && type !== 'scsi' && type !== 'sata' && type !== 'fdc') continue;
    const index = Number(attr(address, 'controller') ?? '0');
    for (let i = 0; i <= index; i++) if (!findController(def, type, i) && (i === index || type === 'scsi')) addController(def, { type, index: String(i) });
  }
  addVirtioSerialControllers(def);

  setControllerModels(def, caps, q35, pseries, x86);
  arrangeUsbControllers(def);
  assignVirtioChannelPorts(def);

  // A serial-type console without any serial port is the first serial port.
  const consoles = devicesOfKind(def, 'console');
  const first = consoles[0];
  const consoleType = attr(child(first, 'target'), 'type');
  // Other boards (ARM, RISC-V, e500 ...) have a UART of their own; s390 consoles are SCLP ones.
  const serialTarget = x86 ? 'isa-serial' : pseries ? 'spapr-vio-serial' : arch === 's390x' ? undefined : 'system-serial';
  if (serialTarget && first && (consoleType === undefined || consoleType === 'serial') && devicesOfKind(def, 'serial').length === 0) {
    const { target: _t, alias: _a, ...rest } = first;
    deviceList(def, 'serial').push({ ...structuredClone(rest), target: { type: serialTarget, port: '0' } });
  }

  const graphics = devicesOfKind(def, 'graphics');
  if (graphics.length > 0 && devicesOfKind(def, 'video').length === 0) {
    const type = defaultVideoModel(arch, machine, q35, caps);
    deviceList(def, 'video').push({ model: { type, ...(type === 'virtio' ? {} : { vram: '16384' }), heads: '1', primary: 'yes' } });
  }
  setVideoDefaults(def, arch, machine, q35, caps);
  // ARM and SPARC guests get no balloon unless they ask for one.
  const defaultBalloon = !['aarch64', 'armv7l', 'sparc'].includes(arch);
  if (defaultBalloon && devicesOfKind(def, 'memballoon').length === 0) deviceList(def, 'memballoon').push({ model: 'virtio' });
  if (x86 && (q35 || i440)) {
    const inputs = deviceList(def, 'input');
    const hasPs2 = (type: string): boolean => inputs.some((i) => attr(i, 'type') === type && attr(i, 'bus') === 'ps2');
    if (!hasPs2('mouse')) inputs.push({ type: 'mouse', bus: 'ps2' });
    if (!hasPs2('keyboard')) inputs.push({ type: 'keyboard', bus: 'ps2' });
  }
  // pSeries has no PS/2: a graphical console comes with a USB keyboard and mouse.
  const usbUsable = controllers(def, 'usb').some((c) => attr(c, 'model') !== 'none');
  // (Only when the guest has no USB input device of its own, e.g. a tablet.)
  if (pseries && graphics.length > 0 && usbUsable && !devicesOfKind(def, 'input').some((i) => attr(i, 'bus') === 'usb')) {
    deviceList(def, 'input').push({ type: 'keyboard', bus: 'usb' }, { type: 'mouse', bus: 'usb' });
  }
}

function setControllerModels(def: DomainJson, caps: QemuCapabilities, q35: boolean, pseries: boolean, x86: boolean): void {
  const virt = !x86 && !pseries && machineName(def).startsWith('virt');
  for (const c of controllers(def)) {
    if (attr(c, 'model') !== undefined) continue;
    const type = attr(c, 'type');
    if (type === 'usb' && (pseries || virt)) {
      // pSeries prefers OHCI, ARM/RISC-V virt machines XHCI; QEMU's own model is the fallback.
      const order = pseries ? ['pci-ohci', 'qemu-xhci', 'nec-usb-xhci'] : ['qemu-xhci', 'nec-usb-xhci'];
      const model = order.find((m) => has(caps, m));
      if (model) c.model = model === 'nec-usb-xhci' ? 'nec-xhci' : model;
    } else if (type === 'usb' && !x86) {
      // other boards: QEMU's built-in controller (no model, -usb)
    } else if (type === 'scsi' && pseries) {
      c.model = 'ibmvscsi';
    } else if (type === 'usb') {
      const model = q35
        ? (has(caps, 'qemu-xhci') ? 'qemu-xhci' : has(caps, 'piix3-usb-uhci') ? 'piix3-uhci' : undefined)
        : (has(caps, 'piix3-usb-uhci') ? 'piix3-uhci' : undefined);
      if (model) c.model = model;
    } else if (type === 'scsi') {
      c.model = has(caps, 'lsi') ? 'lsilogic' : 'virtio-scsi';
    }
  }
}

export function audioList(def: DomainJson): JsonNode[] {
  return devicesOfKind(def, 'audio');
}
