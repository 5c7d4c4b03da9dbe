import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, parseIntLoose, type DomainJson, type JsonNode } from '../input/json.js';
import { controllers, deviceList, devicesOf } from './devices.js';
import { isQ35, machineName } from './machine.js';

/** The QEMU device (`<model name>`) each PCI controller model stands for. */
const PCI_MODEL_NAMES: Readonly<Record<string, string>> = {
  'pci-bridge': 'pci-bridge',
  'dmi-to-pci-bridge': 'i82801b11-bridge',
  'pcie-switch-upstream-port': 'x3130-upstream',
  'pcie-switch-downstream-port': 'xio3130-downstream',
  'pci-expander-bus': 'pxb',
  'pcie-expander-bus': 'pxb-pcie',
  'pcie-to-pci-bridge': 'pcie-pci-bridge',
  'spapr-pci-host-bridge': 'spapr-pci-host-bridge',
};

/**
 * PCI controllers get their device name and the target numbers libvirt derives from their
 * index; controllers added while placing devices go last, in the order they were made.
 */
export function addControllerDefaults(def: DomainJson, original: DomainJson, caps: QemuCapabilities): void {
  for (const c of controllers(def, 'pci')) {
    const model = attr(c, 'model') ?? '';
    const name = model === 'pcie-root-port' ? (caps.flags.has('pcie-root-port' as never) ? 'pcie-root-port' : 'ioh3420') : PCI_MODEL_NAMES[model];
    if (!name) continue;
    const givenModel = controllers(original, 'pci').some((o) => (attr(o, 'index') ?? '0') === (attr(c, 'index') ?? '0') && child(o, 'model'));
    if (!child(c, 'model') || !givenModel) setModelChild(c, { name });
    const target: JsonNode = child(c, 'target') ?? {};
    const index = attr(c, 'index') ?? '0';
    if (model === 'pci-bridge') target.chassisNr ??= index;
    if (model === 'spapr-pci-host-bridge') target.index ??= index;
    if (Object.keys(target).length > 0) c.target = target;
  }
  const list = deviceList(def, 'controller');
  const givenPci = new Set(controllers(original, 'pci').map((c) => attr(c, 'index') ?? '0'));
  const added = list.filter((c) => attr(c, 'type') === 'pci' && !givenPci.has(attr(c, 'index') ?? '0') && attr(c, 'model') !== 'pci-root' && attr(c, 'model') !== 'pcie-root');
  const rest = list.filter((c) => !added.includes(c));
  list.splice(0, list.length, ...rest, ...added.sort((a, b) => Number(attr(a, 'index')) - Number(attr(b, 'index'))));
  // q35 gets a USB controller only when QEMU has a model for it
  if (isQ35(machineName(def)) && !controllers(original, 'usb').length) {
    const at = list.findIndex((c) => attr(c, 'type') === 'usb' && attr(c, 'model') === undefined);
    if (at >= 0) list.splice(at, 1);
  }
}

/** A model child beside the model attribute: the attribute is `@model` in the loose form. */
function setModelChild(c: JsonNode, model: JsonNode): void {
  if (typeof c.model === 'string' && c['@model'] === undefined) {
    const entries = Object.entries(c);
    for (const [k] of entries) delete c[k];
    for (const [k, v] of entries) c[k === 'model' ? '@model' : k] = v;
  }
  c.model = model;
}

/** PCI addresses as libvirt writes them: fixed-width lower-case hex. */
export function normalizePciAddresses(def: DomainJson): void {
  const hex = (v: string | undefined, width: number): string => `0x${parseIntLoose(v ?? '0').toString(16).padStart(width, '0')}`;
  const fix = (a: JsonNode | undefined): void => {
    if (!a || attr(a, 'type') !== 'pci' && !(a.domain !== undefined && a.slot !== undefined && a.type === undefined)) return;
    a.domain = hex(attr(a, 'domain'), 4);
    a.bus = hex(attr(a, 'bus'), 2);
    a.slot = hex(attr(a, 'slot'), 2);
    a.function = hex(attr(a, 'function'), 1);
  };
  for (const value of Object.values(devicesOf(def))) {
    for (const dev of Array.isArray(value) ? value : [value]) {
      if (typeof dev !== 'object' || dev === null || Array.isArray(dev)) continue;
      fix(child(dev, 'address'));
      fix(child(child(dev, 'source'), 'address'));
    }
  }
}
