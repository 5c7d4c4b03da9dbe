import { attr, child } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';
import { virtioOptions } from './memballoon.js';

const DRIVERS: Record<string, string> = {
  virtio: 'vhost-vsock-pci',
  'virtio-transitional': 'vhost-vsock-pci-transitional',
  'virtio-non-transitional': 'vhost-vsock-pci-non-transitional',
};

/**
 * The vhost-vsock device, after the seccomp sandbox and the panic devices. libvirt opens
 * /dev/vhost-vsock itself and hands QEMU the fd; with `<cid auto='yes'>` the host picks
 * the guest's context id.
 */
export function buildVsockArgs(ctx: BuildContext): void {
  for (const vsock of devicesOfKind(ctx.def, 'vsock')) {
    const model = attr(vsock, 'model') ?? 'virtio';
    const driver = DRIVERS[model];
    if (!driver) throw new Xml2ArgvError('not-implemented', `vsock model '${model}'`);
    const addressType = attr(child(vsock, 'address'), 'type');
    if (addressType !== undefined && addressType !== 'pci' && addressType !== 'ccw' && addressType !== 'virtio-mmio') throw new Xml2ArgvError('not-implemented', `vsock address type '${addressType}'`);
    const host = ctx.runtime.devices;
    if (!host) throw new Xml2ArgvError('not-implemented', 'vsock devices without a runtime that opens /dev/vhost-vsock');
    const cidEl = child(vsock, 'cid');
    const wanted = attr(cidEl, 'auto') === 'yes' || attr(cidEl, 'address') === undefined ? undefined : Number(attr(cidEl, 'address'));
    const { fd, cid } = host.vhostVsock(wanted);
    ctx.cmd.add('-device', ctx.device({
      driver, ...virtioOptions(child(vsock, 'driver')), id: aliasOf(vsock), 'guest-cid': cid, vhostfd: String(fd), ...addressProps(ctx, vsock),
    }));
  }
}
