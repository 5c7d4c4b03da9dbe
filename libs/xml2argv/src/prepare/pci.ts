import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, parseIntLoose, type DomainJson, type JsonNode } from '../input/json.js';
import { addController, controllers, deviceList, devicesOf, devicesOfKind, pciBusesNamedByDevices } from './devices.js';
import { busFor, formatPciAddress, type PciAddr, type PciBus, type PciConnect } from './pci-bus.js';
import { pciDevices, type PciDeviceOptions, type PciRequest } from './pci-devices.js';
import { isI440fx, isQ35, machineName } from './machine.js';
import { usb2Function } from './usb-companions.js';

/**
 * Gives every PCI device without an address a slot, as libvirt does when a domain is
 * defined: fixed places first (PIIX3/ICH9 functions, primary video), then explicit
 * addresses, then first-fit in libvirt's device order. On PCI Express machines each
 * endpoint gets its own pcie-root-port; missing ports are added as controllers, plus one
 * spare for hotplug when the domain had no PCI controllers of its own.
 */
export function assignPciAddresses(def: DomainJson, caps?: QemuCapabilities): void {
  const has = (flag: string): boolean => caps?.flags.has(flag as never) ?? true;
  const topology: Topology = {
    // Virtio devices are PCIe endpoints only where QEMU has the generic root port for them.
    devices: { virtioPcie: has('pcie-root-port') },
    // Without pcie-pci-bridge, conventional devices on PCIe get a DMI bridge and a pci-bridge.
    pcieToPci: has('pcie-pci-bridge'),
    rootPortName: has('pcie-root-port') ? 'pcie-root-port' : 'ioh3420',
  };
  const roots = controllers(def, 'pci');
  const root = roots.find((c) => attr(c, 'index') === '0');
  if (!root) return;
  const pcie = attr(root, 'model') === 'pcie-root';
  const newDomain = roots.every((c) => attr(c, 'model') === 'pcie-root' || attr(c, 'model') === 'pci-root') && pcie;

  // Dry run to learn how many buses must be added.
  dropEmptyPciAddresses(def);
  const added = simulate(def, pcie, newDomain, topology);
  // Controllers libvirt adds follow the PCI controllers the XML has, in the order made.
  for (const { model, index } of added) appendPciController(def, { type: 'pci', index: String(index), model });
  const buses = makeBuses(def);
  // Addresses written in the XML win over the places the chipset would give by default.
  reserveExplicit(def, buses);
  reserveFixed(def, buses, pcie);
  reserveExplicit(def, buses);
  const usb2 = usb2Slots(def);
  for (const req of pciDevices(def, pcie, topology.devices)) {
    if (child(req.dev, 'address')) continue;
    const addr = usb2Function(req.dev) === undefined ? place(buses, req.kind) : placeUsb2(buses, req, usb2);
    if (!addr) continue;
    req.dev.address = formatPciAddress(addr);
    finishController(req.dev, addr, topology.rootPortName);
  }
  for (const c of controllers(def, 'pci')) {
    const a = child(c, 'address');
    if (attr(a, 'type') === 'pci') finishController(c, { bus: parseIntLoose(attr(a, 'bus') ?? '0'), slot: parseIntLoose(attr(a, 'slot') ?? '0'), fn: parseIntLoose(attr(a, 'function') ?? '0') }, topology.rootPortName);
  }
  markMultifunction(def);
}

/** What this QEMU offers for the topology libvirt builds. */
interface Topology {
  readonly devices: PciDeviceOptions;
  readonly pcieToPci: boolean;
  readonly rootPortName: string;
}

function simulate(def: DomainJson, pcie: boolean, spare: boolean, topology: Topology): { model: string; index: number }[] {
  const buses = makeBuses(def);
  // Addresses written in the XML win over the places the chipset would give by default.
  reserveExplicit(def, buses);
  reserveFixed(def, buses, pcie);
  reserveExplicit(def, buses);
  const added: { model: string; index: number }[] = [];
  let nextIndex = Math.max(...buses.map((b) => b.index)) + 1;
  // On conventional PCI, bus numbers that controllers or written addresses name but no
  // controller provides are filled with pci-bridges.
  if (!pcie) {
    const named = Math.max(nextIndex - 1, ...pciBusesNamedByDevices(def));
    for (let index = 1; index <= named; index++) {
      if (buses.some((b) => b.index === index)) continue;
      buses.push(busFor(index, 'pci-bridge')!);
      added.push({ model: 'pci-bridge', index });
    }
    nextIndex = named + 1;
  }
  const grow = (kind: PciConnect): PciAddr | undefined => {
    let addr = place(buses, kind);
    for (let guard = 0; !addr && guard < 4; guard++) {
      const pciBridgeModel = pcie && topology.pcieToPci ? 'pcie-to-pci-bridge' : 'pci-bridge';
      const model = kind === 'pci' ? pciBridgeModel : kind === 'pci-bridge' ? (pcie ? 'dmi-to-pci-bridge' : 'pci-bridge') : 'pcie-root-port';
      const parentKind: PciConnect = model === 'pcie-to-pci-bridge' ? 'pcie-pci-bridge' : model === 'pci-bridge' ? 'pci-bridge' : model === 'dmi-to-pci-bridge' ? 'dmi-bridge' : 'root-port';
      // The bridge needs an empty root port: add one without putting anything in it.
      if (model === 'pcie-to-pci-bridge' && !place(buses, parentKind, true) && place(buses, 'root-port')) {
        buses.push(busFor(nextIndex, 'pcie-root-port')!);
        added.push({ model: 'pcie-root-port', index: nextIndex++ });
      }
      if (model === 'pci-bridge' && pcie && !place(buses, parentKind, true)) grow('pci-bridge');
      // Counting buses on conventional PCI, a bridge needs no free slot yet: bridges are
      // placed before the devices when addresses are given out for real.
      const at = place(buses, parentKind);
      if (!at && (pcie || model !== 'pci-bridge')) return undefined;
      const bus = busFor(nextIndex, model)!;
      buses.push(bus);
      added.push({ model, index: nextIndex++ });
      addr = place(buses, kind);
    }
    return addr;
  };
  const usb2 = usb2Slots(def);
  for (const req of pciDevices(def, pcie, topology.devices)) {
    if (child(req.dev, 'address')) continue;
    // The members of a USB2 set after the first share its slot.
    const set = usb2Function(req.dev) === undefined ? undefined : attr(req.dev, 'index') ?? '0';
    if (set !== undefined && usb2.has(set)) continue;
    const at = grow(req.kind);
    if (set !== undefined && at) usb2.set(set, at);
  }
  // One free root port is left for hotplug, but only when libvirt had to add ports at all.
  if (spare && added.length > 0) grow('pcie');
  return added;
}

function makeBuses(def: DomainJson): PciBus[] {
  const out: PciBus[] = [];
  for (const c of controllers(def, 'pci')) {
    const bus = busFor(Number(attr(c, 'index') ?? '0'), attr(c, 'model') ?? 'pci-bridge');
    if (bus) bus.chipsetDmiSlot = isQ35(machineName(def));
    if (bus) out.push(bus);
  }
  return out.sort((a, b) => a.index - b.index);
}

function appendPciController(def: DomainJson, ctrl: JsonNode): void {
  const list = deviceList(def, 'controller');
  const last = list.map((c) => attr(c, 'type')).lastIndexOf('pci');
  if (last < 0) addController(def, ctrl);
  else list.splice(last + 1, 0, ctrl);
}

/** `<address type='pci'/>` without a slot only asks for PCI: the device is placed like any other. */
function dropEmptyPciAddresses(def: DomainJson): void {
  for (const value of Object.values(devicesOf(def))) {
    for (const dev of Array.isArray(value) ? value : [value]) {
      if (typeof dev !== 'object' || dev === null || Array.isArray(dev)) continue;
      const a = child(dev as JsonNode, 'address');
      // One that names a bus keeps it (slot 0 there, the only one a port has).
      if (attr(a, 'type') === 'pci' && attr(a, 'slot') === undefined && attr(a, 'bus') === undefined) delete (dev as JsonNode).address;
    }
  }
}

/** The slots USB2 sets already have (fixed or explicit addresses), by controller index. */
function usb2Slots(def: DomainJson): Map<string, PciAddr> {
  const out = new Map<string, PciAddr>();
  for (const c of controllers(def, 'usb')) {
    const a = child(c, 'address');
    if (usb2Function(c) === undefined || attr(a, 'type') !== 'pci') continue;
    const index = attr(c, 'index') ?? '0';
    if (!out.has(index)) out.set(index, { bus: parseIntLoose(attr(a, 'bus') ?? '0'), slot: parseIntLoose(attr(a, 'slot') ?? '0'), fn: 0 });
  }
  return out;
}

/** A USB2 set member: the function its model has, in the slot of its set (a new one for the first). */
function placeUsb2(buses: PciBus[], req: PciRequest, sets: Map<string, PciAddr>): PciAddr | undefined {
  const index = attr(req.dev, 'index') ?? '0';
  const fn = usb2Function(req.dev)!;
  let slot = sets.get(index);
  if (!slot) {
    slot = place(buses, req.kind);
    if (!slot) return undefined;
    sets.set(index, slot);
  }
  buses.find((b) => b.index === slot.bus)?.take(slot.slot, fn);
  return { bus: slot.bus, slot: slot.slot, fn };
}

/** Takes the first free place on any bus (and records it unless only probing). */
function place(buses: PciBus[], kind: PciConnect, probe = false): PciAddr | undefined {
  for (const bus of buses) {
    const addr = bus.findFree(kind);
    if (!addr) continue;
    if (!probe) {
      bus.take(addr.slot, addr.fn);
      if (kind === 'root-port') bus.aggregate.add(addr.slot);
    }
    return addr;
  }
  return undefined;
}

function reserveFixed(def: DomainJson, buses: PciBus[], pcie: boolean): void {
  const bus0 = buses.find((b) => b.index === 0);
  if (!bus0) return;
  const fix = (dev: JsonNode | undefined, slot: number, fn: number): void => {
    if (dev && !child(dev, 'address')) dev.address = formatPciAddress({ bus: 0, slot, fn });
  };
  const primaryVideo = devicesOfKind(def, 'video')[0];
  const videoModel = attr(child(primaryVideo, 'model'), 'type') ?? '';
  const videoOnPci = ['vga', 'cirrus', 'vmvga', 'qxl', 'virtio', 'bochs'].includes(videoModel);
  const chipset = pcie ? isQ35(machineName(def)) : isI440fx(machineName(def));
  if (!chipset) {
    // Other machines (pSeries, s390 zPCI, ARM/RISC-V virt) have no chipset functions on the
    // root bus and no slot kept for the primary video: devices fill the bus in libvirt's order.
  } else if (!pcie) {
    for (let fn = 0; fn < 4; fn++) bus0.take(1, fn);
    fix(controllers(def, 'ide').find((c) => attr(c, 'index') === '0'), 1, 1);
    const usb0 = controllers(def, 'usb').find((c) => attr(c, 'index') === '0' && attr(c, 'model') === 'piix3-uhci');
    fix(usb0, 1, 2);
    if (videoOnPci && primaryVideo && !child(primaryVideo, 'address') && bus0.isFree(2)) fix(primaryVideo, 2, 0);
  } else {
    bus0.take(0x1f, 0);
    bus0.take(0x1f, 3);
    fix(controllers(def, 'sata').find((c) => attr(c, 'index') === '0'), 0x1f, 2);
    if (videoOnPci && primaryVideo && !child(primaryVideo, 'address') && bus0.isFree(1)) fix(primaryVideo, 1, 0);
    const ich9 = devicesOfKind(def, 'sound').find((s) => attr(s, 'model') === 'ich9' && !child(s, 'address'));
    if (ich9 && bus0.isFree(0x1b)) fix(ich9, 0x1b, 0);
    // The ICH9 has its two USB2 sets in slots 0x1d and 0x1a.
    for (const c of controllers(def, 'usb')) {
      const fn = usb2Function(c);
      const slot = { '0': 0x1d, '1': 0x1a }[attr(c, 'index') ?? '0'];
      if (fn !== undefined && slot !== undefined && bus0.isFree(slot, fn)) fix(c, slot, fn);
    }
  }
}

function reserveExplicit(def: DomainJson, buses: PciBus[]): void {
  const devices = devicesOf(def);
  for (const value of Object.values(devices)) {
    for (const dev of Array.isArray(value) ? value : [value]) {
      if (typeof dev !== 'object' || dev === null || Array.isArray(dev)) continue;
      const a = child(dev as JsonNode, 'address');
      if (attr(a, 'type') !== 'pci') continue;
      const bus = buses.find((b) => b.index === parseIntLoose(attr(a, 'bus') ?? '0'));
      bus?.take(parseIntLoose(attr(a, 'slot') ?? '0'), parseIntLoose(attr(a, 'function') ?? '0'));
      if (attr(dev as JsonNode, 'model') === 'pcie-root-port') bus?.aggregate.add(parseIntLoose(attr(a, 'slot') ?? '0'));
    }
  }
}

/** Root ports get their chassis/port numbers from where they were placed. */
function finishController(dev: JsonNode, addr: PciAddr, rootPortName: string): void {
  const model = attr(dev, 'model');
  if (model !== 'pcie-root-port' && model !== 'pcie-switch-downstream-port') return;
  const index = attr(dev, 'index') ?? '0';
  if (!child(dev, 'model') && model === 'pcie-root-port') {
    delete dev.model;
    dev['@model'] = 'pcie-root-port';
    dev.model = { name: rootPortName };
  }
  const target = child(dev, 'target') ?? {};
  target.chassis ??= index;
  // Root ports number themselves by slot and function, switch ports by slot.
  target.port ??= `0x${(model === 'pcie-root-port' ? (addr.slot << 3) | addr.fn : addr.slot).toString(16)}`;
  dev.target = target;
}

/** Function 0 of a slot whose other functions are used gets multifunction='on'. */
function markMultifunction(def: DomainJson): void {
  const all: JsonNode[] = [];
  for (const value of Object.values(devicesOf(def))) {
    for (const dev of Array.isArray(value) ? value : [value]) if (typeof dev === 'object' && dev !== null && !Array.isArray(dev)) all.push(dev as JsonNode);
  }
  const key = (a: JsonNode): string => `${parseIntLoose(attr(a, 'bus') ?? '0')}:${parseIntLoose(attr(a, 'slot') ?? '0')}`;
  const multi = new Set<string>();
  for (const d of all) {
    const a = child(d, 'address');
    if (attr(a, 'type') === 'pci' && parseIntLoose(attr(a, 'function') ?? '0') > 0) multi.add(key(a!));
  }
  for (const d of all) {
    const a = child(d, 'address');
    if (attr(a, 'type') === 'pci' && parseIntLoose(attr(a, 'function') ?? '0') === 0 && multi.has(key(a!)) && attr(a, 'multifunction') === undefined) {
      a!.multifunction = 'on';
    }
  }
}
