import { escapeComma } from '../argv/props.js';
import { attr, child, type JsonNode } from '../input/json.js';
import { aliasOf } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';
import { virtioOptions } from './memballoon.js';

/**
 * A virtiofs share: QEMU talks vhost-user to a virtiofsd over a UNIX socket. libvirt starts
 * the daemon on `<domain dir>/<alias>-fs.sock` unless `<source socket>` names one started by
 * someone else.
 */
export function buildVirtiofsArgs(ctx: BuildContext, fs: JsonNode, bootindex: number | undefined): void {
  const addressType = attr(child(fs, 'address'), 'type');
  if (addressType !== undefined && addressType !== 'pci' && addressType !== 'ccw' && addressType !== 'virtio-mmio') throw new Xml2ArgvError('not-implemented', `virtiofs address type '${addressType}'`);
  const id = aliasOf(fs)!;
  const chardev = `chr-vu-${id}`;
  const socket = attr(child(fs, 'source'), 'socket') ?? `${ctx.privateDir}/${id}-fs.sock`;
  ctx.cmd.add('-chardev', `socket,id=${escapeComma(chardev)},path=${escapeComma(socket)}`);
  const driver = child(fs, 'driver');
  const queue = attr(driver, 'queue');
  ctx.cmd.add('-device', ctx.device({
    driver: 'vhost-user-fs-pci', ...virtioOptions(driver), id, chardev,
    'queue-size': queue === undefined ? undefined : Number(queue),
    tag: attr(child(fs, 'target'), 'dir'), bootindex, ...addressProps(ctx, fs),
  }));
}
