import { attr, child, children, type JsonNode } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import type { BuildContext } from './context.js';

/**
 * Boot indexes per device: `<boot order>` on devices wins; otherwise the `<os><boot dev>`
 * list picks, in its order, the first floppy, CD-ROM, disk and NIC.
 */
export function bootIndexes(ctx: BuildContext): Map<JsonNode, number> {
  const out = new Map<JsonNode, number>();
  const kinds = ['disk', 'interface', 'hostdev', 'redirdev', 'filesystem'];
  let perDevice = false;
  for (const kind of kinds) {
    for (const dev of devicesOfKind(ctx.def, kind)) {
      const order = attr(child(dev, 'boot'), 'order');
      if (order !== undefined) {
        out.set(dev, Number(order));
        perDevice = true;
      }
    }
  }
  if (perDevice) return out;
  const disks = devicesOfKind(ctx.def, 'disk');
  let index = 1;
  // Without any boot element libvirt boots from the first disk.
  const order = children(child(ctx.def, 'os'), 'boot').map((b) => attr(b, 'dev'));
  for (const dev of order.length > 0 ? order : ['hd']) {
    let pick: JsonNode | undefined;
    if (dev === 'fd') pick = disks.find((d) => attr(d, 'device') === 'floppy');
    else if (dev === 'cdrom') pick = disks.find((d) => attr(d, 'device') === 'cdrom');
    else if (dev === 'hd') pick = disks.find((d) => (attr(d, 'device') ?? 'disk') === 'disk' || attr(d, 'device') === 'lun');
    else if (dev === 'network') pick = devicesOfKind(ctx.def, 'interface')[0];
    if (pick && !out.has(pick)) out.set(pick, index);
    index++;
  }
  return out;
}
