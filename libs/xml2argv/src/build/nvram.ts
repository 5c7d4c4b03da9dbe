import { attr, child, parseIntLoose } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';

// The sPAPR VIO register libvirt gives the NVRAM when the XML does not place it.
const DEFAULT_REG = 0x3000;

/**
 * The pSeries NVRAM (`<devices><nvram>`, not the firmware variable store of `<os>`): the
 * machine always has one, so only its VIO register is set, as a global, before the sandbox.
 */
export function buildNvramArgs(ctx: BuildContext): void {
  for (const nvram of devicesOfKind(ctx.def, 'nvram')) {
    const a = child(nvram, 'address');
    const type = attr(a, 'type');
    if (type !== undefined && type !== 'spapr-vio') throw new Xml2ArgvError('not-implemented', `nvram address type '${type}'`);
    const reg = attr(a, 'reg');
    ctx.cmd.add('-global', `spapr-nvram.reg=0x${(reg === undefined ? DEFAULT_REG : parseIntLoose(reg)).toString(16)}`);
  }
}
