import { attr } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import { bootIndexes } from './boot.js';
import { buildChardev } from './chardev.js';
import type { BuildContext } from './context.js';

/** USB redirection: the chardev carrying the traffic, then `usb-redir`. */
export function buildRedirdevArgs(ctx: BuildContext): void {
  const boot = bootIndexes(ctx);
  if (devicesOfKind(ctx.def, 'redirfilter').length > 0) throw new Xml2ArgvError('not-implemented', 'USB redirection filters');
  for (const r of devicesOfKind(ctx.def, 'redirdev')) {
    if (attr(r, 'bus') !== 'usb') throw new Xml2ArgvError('not-implemented', `redirdev bus '${attr(r, 'bus')}'`);
    const alias = aliasOf(r)!;
    const chardev = buildChardev(ctx, r, `char${alias}`);
    ctx.cmd.add('-device', ctx.device({ driver: 'usb-redir', chardev, id: alias, bootindex: boot.get(r), ...addressProps(ctx, r) }));
  }
}
