import { attr, child, parseIntLoose, type JsonNode } from '../input/json.js';
import { aliasOf } from '../prepare/devices.js';
import type { BuildContext } from './context.js';

const added = new WeakMap<BuildContext, WeakSet<JsonNode>>();

/**
 * On s390 a PCI device is exposed to the guest through a `zpci` device carrying its uid and
 * fid; it goes on the command line right before the device it names (`target`). Called when
 * a device's PCI address is turned into properties, once per device.
 */
export function addZpciDevice(ctx: BuildContext, dev: JsonNode): void {
  const zpci = child(child(dev, 'address'), 'zpci');
  if (!zpci || !ctx.has('zpci')) return;
  let done = added.get(ctx);
  if (!done) added.set(ctx, (done = new WeakSet()));
  if (done.has(dev)) return;
  done.add(dev);
  const uid = parseIntLoose(attr(zpci, 'uid') ?? '0');
  ctx.cmd.add('-device', ctx.device({ driver: 'zpci', uid, fid: parseIntLoose(attr(zpci, 'fid') ?? '0'), target: aliasOf(dev), id: `zpci${uid}` }));
}
