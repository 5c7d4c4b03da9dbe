import { attr } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';

const MODELS = new Set(['i6300esb', 'ib700', 'diag288']);

// QEMU has no 'dump' action: libvirt pauses the guest and dumps it itself when the event arrives.
const QEMU_ACTION: Record<string, string> = { dump: 'pause' };

/** Watchdog devices, after the sound cards, and the action QEMU takes when one fires. */
export function buildWatchdogArgs(ctx: BuildContext): void {
  for (const w of devicesOfKind(ctx.def, 'watchdog')) {
    const model = attr(w, 'model') ?? 'i6300esb';
    if (!MODELS.has(model)) throw new Xml2ArgvError('not-implemented', `watchdog model '${model}'`);
    ctx.cmd.add('-device', ctx.device({ driver: model, id: aliasOf(w), ...addressProps(ctx, w) }));
    const action = attr(w, 'action') ?? 'reset';
    // reset is QEMU's own default, so libvirt leaves it out.
    if (action !== 'reset') ctx.cmd.add('-watchdog-action', QEMU_ACTION[action] ?? action);
  }
}
