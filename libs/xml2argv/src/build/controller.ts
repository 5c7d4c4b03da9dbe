import type { Props } from '../argv/props.js';
import { attr, child, childText, parseIntLoose, type JsonNode } from '../input/json.js';
import { aliasOf, controllers } from '../prepare/devices.js';
import { isI440fx, isQ35, machineName } from '../prepare/machine.js';
import { toKiB } from '../prepare/units.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';
import { iothreadProp } from './iothread.js';
import { virtioOptions } from './memballoon.js';
import { spaprPhbProps } from './spapr-phb.js';
import { isS390Ccw } from '../prepare/ccw.js';

const USB_DRIVERS: Record<string, string> = {
  'piix3-uhci': 'piix3-usb-uhci', 'piix4-uhci': 'piix4-usb-uhci', ehci: 'usb-ehci', 'ich9-ehci1': 'ich9-usb-ehci1',
  'ich9-uhci1': 'ich9-usb-uhci1', 'ich9-uhci2': 'ich9-usb-uhci2', 'ich9-uhci3': 'ich9-usb-uhci3',
  'vt82c686b-uhci': 'vt82c686b-usb-uhci', 'pci-ohci': 'pci-ohci', 'nec-xhci': 'nec-usb-xhci', 'qemu-xhci': 'qemu-xhci',
};

const SCSI_DRIVERS: Record<string, string> = {
  lsilogic: 'lsi', 'virtio-scsi': 'virtio-scsi-pci', lsisas1068: 'mptsas1068', lsisas1078: 'megasas',
  'ibmvscsi': 'spapr-vscsi', 'vmpvscsi': 'pvscsi', 'am53c974': 'am53c974', 'dc390': 'dc390',
  'virtio-transitional': 'virtio-scsi-pci-transitional', 'virtio-non-transitional': 'virtio-scsi-pci-non-transitional',
};

const PCI_DRIVERS: Record<string, string> = {
  'pci-bridge': 'pci-bridge', 'dmi-to-pci-bridge': 'i82801b11-bridge', 'pcie-root-port': 'pcie-root-port',
  'pcie-switch-upstream-port': 'x3130-upstream', 'pcie-switch-downstream-port': 'xio3130-downstream',
  'pci-expander-bus': 'pxb', 'pcie-expander-bus': 'pxb-pcie', 'pcie-to-pci-bridge': 'pcie-pci-bridge',
};

/** Controllers in libvirt's order: PCI, USB, SCSI, IDE, SATA, virtio-serial. */
export function buildControllerArgs(ctx: BuildContext): void {
  const machine = machineName(ctx.def);
  let legacyUsb = false;
  for (const type of ['pci', 'usb', 'scsi', 'ide', 'sata', 'virtio-serial']) {
    // USB controllers are already in libvirt's order (prepare puts masters before companions).
    for (const c of controllers(ctx.def, type)) {
      const props = controllerProps(ctx, c, machine);
      if (props === 'legacy-usb') legacyUsb = true;
      else if (props) ctx.cmd.add('-device', ctx.device(props));
    }
  }
  // QEMU's built-in USB controller is switched on after the explicit ones; Q35 is kept
  // legacy-free, so a controller without a usable model there means no USB at all.
  // s390 has no USB at all: a model-less controller there is accepted and ignored.
  if (legacyUsb && !isQ35(machine) && !isS390Ccw(machine)) ctx.cmd.add('-usb');
}

function controllerProps(ctx: BuildContext, c: JsonNode, machine: string): Props | 'legacy-usb' | undefined {
  const type = attr(c, 'type');
  const model = attr(c, 'model');
  const index = parseIntLoose(attr(c, 'index') ?? '0');
  const id = aliasOf(c);
  switch (type) {
    case 'pci': {
      // Further pSeries PCI host bridges are devices of their own.
      if (model === 'pci-root' && index > 0) return spaprPhbProps(c, id);
      if (model === 'pci-root' || model === 'pcie-root') {
        // The root's 64-bit MMIO window is a property of the machine's host bridge.
        const hole = child(c, 'pcihole64');
        if (hole) ctx.cmd.add('-global', `${model === 'pci-root' ? 'i440FX' : 'q35'}-pcihost.pci-hole64-size=${toKiB(hole)}K`);
        return undefined;
      }
      const target = child(c, 'target');
      const driver = attr(child(c, 'model'), 'name') ?? PCI_DRIVERS[model ?? ''];
      if (!driver) throw new Xml2ArgvError('not-implemented', `PCI controller model '${model}'`);
      const base: Props = { driver };
      if (model === 'pcie-root-port' || model === 'pcie-switch-downstream-port') {
        base.port = attr(target, 'port') === undefined ? undefined : parseIntLoose(attr(target, 'port')!);
        base.chassis = attr(target, 'chassis') === undefined ? undefined : Number(attr(target, 'chassis'));
      } else if (model === 'pci-bridge') {
        base.chassis_nr = Number(attr(target, 'chassisNr') ?? index);
      } else if (model === 'pci-expander-bus' || model === 'pcie-expander-bus') {
        base.bus_nr = expanderBusNumber(ctx, c);
      }
      const hotplug = attr(target, 'hotplug');
      const node = childText(target, 'node');
      return {
        ...base, id, numa_node: node === undefined ? undefined : Number(node.trim()),
        hotplug: hotplug === undefined ? undefined : hotplug === 'on', ...addressProps(ctx, c),
      };
    }
    case 'usb': {
      if (model === 'none') return undefined;
      if (model === undefined) return 'legacy-usb';
      const driver = USB_DRIVERS[model];
      if (!driver) throw new Xml2ArgvError('not-implemented', `USB controller model '${model}'`);
      const master = child(c, 'master');
      if (master) {
        // A companion controller feeds the bus of the EHCI controller with the same index.
        const owner = controllers(ctx.def, 'usb').find((u) => attr(u, 'index') === attr(c, 'index') && child(u, 'master') === undefined);
        const bus = (owner && aliasOf(owner)) ?? id;
        return { driver, masterbus: `${bus}.0`, firstport: Number(attr(master, 'startport') ?? 0), ...addressProps(ctx, c) };
      }
      const ports = attr(c, 'ports');
      return { driver, p2: ports ? Number(ports) : undefined, p3: ports ? Number(ports) : undefined, id, ...addressProps(ctx, c) };
    }
    case 'scsi': {
      const driver = SCSI_DRIVERS[model ?? 'lsilogic'];
      if (!driver) throw new Xml2ArgvError('not-implemented', `SCSI controller model '${model}'`);
      const drv = child(c, 'driver');
      // spapr-vscsi sits on the sPAPR VIO bus, at the first free register by default.
      if (model === 'ibmvscsi') return { driver, id, reg: parseIntLoose(attr(child(c, 'address'), 'reg') ?? '0x2000') };
      const num = (n: string): number | undefined => (attr(drv, n) === undefined ? undefined : Number(attr(drv, n)));
      return {
        driver, ...virtioOptions(drv), iothread: iothreadProp(drv), id,
        num_queues: num('queues'), cmd_per_lun: num('cmd_per_lun'), max_sectors: num('max_sectors'),
        ioeventfd: attr(drv, 'ioeventfd') === undefined ? undefined : attr(drv, 'ioeventfd') === 'on',
        ...addressProps(ctx, c),
      };
    }
    case 'ide':
      if (index === 0 && isI440fx(machine)) return undefined;
      throw new Xml2ArgvError('not-implemented', 'IDE controller other than the built-in one');
    case 'sata':
      if (index === 0 && isQ35(machine)) return undefined;
      return { driver: 'ahci', id, ...addressProps(ctx, c) };
    case 'virtio-serial': {
      const ports = attr(c, 'ports');
      const vectors = attr(c, 'vectors');
      const driver = model === 'virtio-transitional' ? 'virtio-serial-pci-transitional' : model === 'virtio-non-transitional' ? 'virtio-serial-pci-non-transitional' : 'virtio-serial-pci';
      return { driver, ...virtioOptions(child(c, 'driver')), id, max_ports: ports ? Number(ports) : undefined, vectors: vectors ? Number(vectors) : undefined, ...addressProps(ctx, c) };
    }
    default:
      return undefined;
  }
}

const EXPANDERS = new Set(['pci-expander-bus', 'pcie-expander-bus']);

/**
 * An expander bus's number on the host bridge: the written one, or one below the numbers
 * the expanders before it take (each its own number and one per bus plugged into it),
 * counting down from 254 with a gap of one.
 */
function expanderBusNumber(ctx: BuildContext, c: JsonNode): number {
  const written = attr(child(c, 'target'), 'busNr');
  if (written !== undefined) return Number(written);
  const pci = controllers(ctx.def, 'pci');
  let lowest = 256;
  for (const other of pci) {
    if (other === c) break;
    if (!EXPANDERS.has(attr(other, 'model') ?? '')) continue;
    const index = attr(other, 'index') ?? '0';
    const behind = pci.filter((p) => parseIntLoose(attr(child(p, 'address'), 'bus') ?? '-1') === Number(index) && attr(child(p, 'address'), 'type') === 'pci').length;
    lowest = Math.min(lowest, expanderBusNumber(ctx, other) - behind);
  }
  return lowest - 2;
}
