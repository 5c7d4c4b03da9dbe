import type { Props } from '../argv/props.js';
import { attr, child, parseIntLoose, type JsonNode } from '../input/json.js';
import { aliasOf, controllers } from '../prepare/devices.js';
import type { BuildContext } from './context.js';
import { ccwDevno } from '../prepare/ccw.js';
import { addZpciDevice } from './zpci.js';

/**
 * Marks a property bag with the bus a virtio device sits on, so `ctx.device` can name the
 * matching QEMU model (`virtio-blk-pci` → `virtio-blk-ccw`). A symbol key never reaches argv.
 */
export const VIRTIO_TRANSPORT: unique symbol = Symbol('virtio transport');
export type VirtioTransport = 'ccw' | 'mmio';

/** The alias QEMU knows a PCI bus by (`pci.0`, `pcie.0`, `pci.3`). */
export function pciBusAlias(ctx: BuildContext, index: number): string {
  const ctrl = controllers(ctx.def, 'pci').find((c) => Number(attr(c, 'index') ?? '0') === index);
  // QEMU names the root bus itself; a user alias on the root controller does not rename it.
  const model = attr(ctrl, 'model');
  if (model === 'pcie-root') return 'pcie.0';
  // A further pSeries host bridge (pci-root with index > 0) names its bus `<id>.0`.
  if (model === 'pci-root' && index > 0) return `${(ctrl && aliasOf(ctrl)) ?? `pci.${index}`}.0`;
  if (model === 'pci-root') return 'pci.0';
  return (ctrl && aliasOf(ctrl)) ?? `pci.${index}`;
}

/** `bus`, `multifunction`, `addr` (and `acpi-index`) properties for a device's address. */
export function addressProps(ctx: BuildContext, dev: JsonNode): Props {
  const a = child(dev, 'address');
  const type = attr(a, 'type');
  if (type === 'pci') {
    addZpciDevice(ctx, dev);
    const slot = parseIntLoose(attr(a, 'slot') ?? '0');
    const fn = parseIntLoose(attr(a, 'function') ?? '0');
    const mf = attr(a, 'multifunction');
    return {
      bus: pciBusAlias(ctx, parseIntLoose(attr(a, 'bus') ?? '0')),
      multifunction: mf === undefined ? undefined : mf === 'on',
      addr: fn === 0 ? `0x${slot.toString(16)}` : `0x${slot.toString(16)}.0x${fn.toString(16)}`,
      'acpi-index': attr(child(dev, 'acpi'), 'index') === undefined ? undefined : Number(attr(child(dev, 'acpi'), 'index')),
    };
  }
  if (type === 'usb') {
    const bus = Number(attr(a, 'bus') ?? '0');
    const usb = controllers(ctx.def, 'usb').find((c) => Number(attr(c, 'index') ?? '0') === bus);
    return { bus: `${(usb && aliasOf(usb)) ?? 'usb'}.0`, port: attr(a, 'port') };
  }
  if (type === 'ccw') return { [VIRTIO_TRANSPORT]: 'ccw', devno: ccwDevno(a!) } as Props;
  if (type === 'virtio-mmio') return { [VIRTIO_TRANSPORT]: 'mmio' } as Props;
  return {};
}

/** The QEMU model for a virtio device on a non-PCI transport: `-pci` becomes `-ccw` or `-device`. */
export function transportDriver(props: Props): Props {
  const transport = (props as { [VIRTIO_TRANSPORT]?: VirtioTransport })[VIRTIO_TRANSPORT];
  const driver = props.driver;
  if (transport === undefined || typeof driver !== 'string' || !driver.endsWith('-pci')) return props;
  return { ...props, driver: driver.slice(0, -'-pci'.length) + (transport === 'ccw' ? '-ccw' : '-device') };
}
