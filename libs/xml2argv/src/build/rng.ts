import { attr, child, text } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';

/** Random number generators: the backend object, then the virtio-rng device. */
export function buildRngArgs(ctx: BuildContext): void {
  for (const r of devicesOfKind(ctx.def, 'rng')) {
    const alias = aliasOf(r)!;
    const backend = child(r, 'backend');
    const model = attr(backend, 'model');
    const objId = `obj${alias}`;
    if (model === 'random') ctx.cmd.add('-object', ctx.object({ 'qom-type': 'rng-random', id: objId, filename: (text(backend as never) ?? '/dev/urandom').trim() || '/dev/urandom' }));
    else if (model === 'builtin') ctx.cmd.add('-object', ctx.object({ 'qom-type': 'rng-builtin', id: objId }));
    else throw new Xml2ArgvError('not-implemented', `rng backend '${model}'`);
    const rate = child(r, 'rate');
    const dev = attr(r, 'model') === 'virtio-transitional' ? 'virtio-rng-pci-transitional' : attr(r, 'model') === 'virtio-non-transitional' ? 'virtio-rng-pci-non-transitional' : 'virtio-rng-pci';
    ctx.cmd.add('-device', ctx.device({
      driver: dev, rng: objId,
      'max-bytes': attr(rate, 'bytes') === undefined ? undefined : Number(attr(rate, 'bytes')),
      period: attr(rate, 'bytes') === undefined ? undefined : Number(attr(rate, 'period') ?? 1000),
      id: alias, ...addressProps(ctx, r),
    }));
  }
}
