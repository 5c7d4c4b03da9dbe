import { attr, child } from '../input/json.js';
import type { BuildContext } from './context.js';

/** `<features><vmcoreinfo>`: the device through which a guest kernel leaves its crash-dump notes. */
export function buildVmcoreinfoArgs(ctx: BuildContext): void {
  const feature = child(child(ctx.def, 'features'), 'vmcoreinfo');
  if (!feature || attr(feature, 'state') === 'off') return;
  ctx.cmd.add('-device', ctx.device({ driver: 'vmcoreinfo' }));
}
