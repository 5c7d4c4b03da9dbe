import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';
import { devicesOfKind } from './devices.js';
import type { PciConnect } from './pci-bus.js';

export interface PciRequest {
  readonly dev: JsonNode;
  readonly kind: PciConnect;
}

export interface PciDeviceOptions {
  /**
   * Whether virtio devices count as PCI Express endpoints on a PCIe machine. libvirt makes
   * them so only when QEMU has the generic pcie-root-port to plug them into; with older
   * QEMUs they stay conventional PCI devices behind bridges (default true).
   */
  readonly virtioPcie?: boolean;
}

const PCI_SOUND = new Set(['es1370', 'ac97', 'ich6', 'ich9', 'ich7']);
const PCI_VIDEO = new Set(['vga', 'cirrus', 'vmvga', 'qxl', 'virtio', 'bochs']);

/**
 * The devices that live on PCI, in the order libvirt gives them slots: PCI controllers,
 * filesystems, NICs, sound cards, other controllers, virtio disks, host devices, balloon,
 * RNGs, watchdog, video, shared memory, inputs, vsock, memory devices.
 */
export function pciDevices(def: DomainJson, pcie: boolean, options: PciDeviceOptions = {}): PciRequest[] {
  const out: PciRequest[] = [];
  const add = (dev: JsonNode, kind: PciConnect | undefined): void => {
    if (kind) out.push({ dev, kind });
  };
  const virtioKind = (dev?: JsonNode): PciConnect => {
    // Transitional virtio devices keep a legacy interface and are conventional PCI.
    const model = attr(dev, 'model') ?? '';
    return pcie && options.virtioPcie !== false && model !== 'virtio-transitional' ? 'pcie' : 'pci';
  };
  const controllers = devicesOfKind(def, 'controller');
  for (const c of controllers) {
    if (attr(c, 'type') !== 'pci') continue;
    const model = attr(c, 'model') ?? '';
    if (model === 'pci-root' || model === 'pcie-root') continue;
    const kinds: Record<string, PciConnect> = {
      'pcie-root-port': 'root-port', 'pcie-to-pci-bridge': 'pcie-pci-bridge', 'pcie-switch-upstream-port': 'switch-up',
      'pcie-switch-downstream-port': 'switch-down', 'pci-bridge': 'pci-bridge', 'dmi-to-pci-bridge': 'dmi-bridge',
    };
    add(c, kinds[model] ?? (pcie ? 'pcie' : 'pci'));
  }
  for (const fs of devicesOfKind(def, 'filesystem')) add(fs, virtioKind(fs));
  for (const net of devicesOfKind(def, 'interface')) {
    if (attr(net, 'type') === 'hostdev') continue;
    const model = attr(child(net, 'model'), 'type') ?? 'rtl8139';
    if (model.startsWith('virtio')) add(net, virtioKind({ model } as JsonNode));
    else if (model === 'e1000e' || model === 'igb') add(net, pcie ? 'pcie' : 'pci');
    else if (model === 'usb-net' || model === 'spapr-vlan' || model === 'ne2k_isa') continue;
    else add(net, 'pci');
  }
  for (const s of devicesOfKind(def, 'sound')) {
    const model = attr(s, 'model') ?? '';
    if (PCI_SOUND.has(model)) add(s, pcie && model === 'ich9' ? 'pcie' : 'pci');
  }
  for (const c of controllers) {
    const type = attr(c, 'type');
    const model = attr(c, 'model') ?? '';
    if (type === 'usb') {
      // No model means QEMU's legacy -usb controller, built into the machine.
      if (model === '' || model === 'none' || model === 'qusb1' || model === 'qusb2') continue;
      add(c, model === 'qemu-xhci' || model === 'nec-xhci' ? (pcie ? 'pcie' : 'pci') : 'pci');
    } else if (type === 'scsi') {
      if (model === 'ibmvscsi') continue;
      add(c, model.startsWith('virtio') ? virtioKind(c) : 'pci');
    } else if (type === 'virtio-serial') add(c, virtioKind(c));
    else if (type === 'sata') add(c, pcie ? 'pcie' : 'pci');
  }
  for (const disk of devicesOfKind(def, 'disk')) {
    if (attr(child(disk, 'target'), 'bus') === 'virtio') add(disk, virtioKind(disk));
  }
  for (const n of devicesOfKind(def, 'interface')) if (attr(n, 'type') === 'hostdev') add(n, pcie ? 'pcie' : 'pci');
  for (const h of devicesOfKind(def, 'hostdev')) {
    if (attr(h, 'type') === 'pci' || (attr(h, 'type') === 'mdev' && attr(h, 'model') === 'vfio-pci')) add(h, pcie ? 'pcie' : 'pci');
    if (attr(h, 'type') === 'scsi_host') add(h, virtioKind(h));
  }
  for (const b of devicesOfKind(def, 'memballoon')) if (attr(b, 'model')?.startsWith('virtio')) add(b, virtioKind(b));
  for (const r of devicesOfKind(def, 'rng')) if (attr(r, 'model')?.startsWith('virtio')) add(r, virtioKind(r));
  for (const w of devicesOfKind(def, 'watchdog')) if (attr(w, 'model') === 'i6300esb') add(w, 'pci');
  for (const v of devicesOfKind(def, 'video')) {
    const type = attr(child(v, 'model'), 'type') ?? '';
    if (PCI_VIDEO.has(type)) add(v, type === 'virtio' ? virtioKind() : 'pci');
  }
  for (const s of devicesOfKind(def, 'shmem')) add(s, 'pci');
  for (const s of devicesOfKind(def, 'serial')) if (attr(child(s, 'target'), 'type') === 'pci-serial') add(s, 'pci');
  for (const i of devicesOfKind(def, 'input')) if (attr(i, 'bus') === 'virtio') add(i, virtioKind(i));
  for (const v of devicesOfKind(def, 'vsock')) add(v, virtioKind(v));
  for (const m of devicesOfKind(def, 'memory')) {
    const model = attr(m, 'model');
    if (model === 'virtio-pmem' || model === 'virtio-mem') add(m, virtioKind());
  }
  return out;
}
