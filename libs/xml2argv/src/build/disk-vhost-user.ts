import { escapeComma } from '../argv/props.js';
import { attr, child, type JsonNode } from '../input/json.js';
import { aliasOf } from '../prepare/devices.js';
import type { BuildContext } from './context.js';

export const isVhostUserDisk = (disk: JsonNode): boolean => attr(disk, 'type') === 'vhostuser';

/**
 * A vhost-user disk is served by an external process over a UNIX socket: QEMU gets a client
 * socket chardev (reconnecting when asked to) instead of block nodes. Returns the chardev id.
 */
export function addVhostUserDiskChardev(ctx: BuildContext, disk: JsonNode): string {
  const source = child(disk, 'source');
  const id = `chr-vu-${aliasOf(disk) ?? ''}`;
  let value = `socket,id=${id},path=${escapeComma(attr(source, 'path') ?? '')}`;
  const reconnect = child(source, 'reconnect');
  if (attr(reconnect, 'enabled') === 'yes') value += `,reconnect=${attr(reconnect, 'timeout') ?? 0}`;
  ctx.cmd.add('-chardev', value);
  return id;
}
