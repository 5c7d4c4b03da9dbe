import { attr } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';

/** USB hubs, after the controllers and memory devices (devices behind them come later). */
export function buildHubArgs(ctx: BuildContext): void {
  for (const hub of devicesOfKind(ctx.def, 'hub')) {
    if (attr(hub, 'type') !== 'usb') throw new Xml2ArgvError('not-implemented', `hub type '${attr(hub, 'type')}'`);
    ctx.cmd.add('-device', ctx.device({ driver: 'usb-hub', id: aliasOf(hub), ...addressProps(ctx, hub) }));
  }
}
