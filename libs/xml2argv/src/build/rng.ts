import type { Props } from '../argv/props.js';
import { attr, child, text, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import { buildChardev } from './chardev.js';
import type { BuildContext } from './context.js';
import { virtioOptions } from './memballoon.js';

// What libvirt reads when `<backend model='random'/>` names no source.
const DEFAULT_RANDOM_SOURCE = '/dev/random';

const DRIVERS: Record<string, string> = {
  virtio: 'virtio-rng-pci',
  'virtio-transitional': 'virtio-rng-pci-transitional',
  'virtio-non-transitional': 'virtio-rng-pci-non-transitional',
};

/** Random number generators, after the balloon: the backend object (and its chardev), then virtio-rng. */
export function buildRngArgs(ctx: BuildContext): void {
  for (const rng of devicesOfKind(ctx.def, 'rng')) {
    const model = attr(rng, 'model') ?? 'virtio';
    const driver = DRIVERS[model];
    if (!driver) throw new Xml2ArgvError('not-implemented', `rng model '${model}'`);
    const addressType = attr(child(rng, 'address'), 'type');
    if (addressType !== undefined && addressType !== 'pci' && addressType !== 'ccw' && addressType !== 'virtio-mmio') throw new Xml2ArgvError('not-implemented', `rng address type '${addressType}'`);
    const alias = aliasOf(rng)!;
    const objId = `obj${alias}`;
    ctx.cmd.add('-object', ctx.object(backendProps(ctx, rng, objId)));
    const rate = child(rng, 'rate');
    const bytes = attr(rate, 'bytes');
    const period = attr(rate, 'period');
    ctx.cmd.add('-device', ctx.device({
      driver, ...virtioOptions(child(rng, 'driver')), rng: objId, id: alias,
      'max-bytes': bytes === undefined ? undefined : Number(bytes),
      period: bytes === undefined || period === undefined ? undefined : Number(period),
      ...addressProps(ctx, rng),
    }));
  }
}

function backendProps(ctx: BuildContext, rng: JsonNode, id: string): Props {
  const backend = child(rng, 'backend');
  const model = attr(backend, 'model');
  switch (model) {
    case 'random':
      return { 'qom-type': 'rng-random', id, filename: text(backend as never)?.trim() || DEFAULT_RANDOM_SOURCE };
    case 'builtin':
      return { 'qom-type': 'rng-builtin', id };
    case 'egd': {
      // The EGD daemon is reached over a character device described by the backend itself.
      const chardev = buildChardev(ctx, backend!, `char${aliasOf(rng)}`);
      return { 'qom-type': 'rng-egd', id, chardev };
    }
    default:
      throw new Xml2ArgvError('not-implemented', `rng backend '${model}'`);
  }
}
