import { attr, child, parseIntLoose, type JsonNode } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import { guestArch } from '../prepare/machine.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';

/** The model a `<panic>` without one gets: the firmware notifier of pSeries and s390, ISA pvpanic elsewhere. */
export function defaultPanicModel(arch: string): string {
  if (arch.startsWith('ppc64')) return 'pseries';
  if (arch.startsWith('s390')) return 's390';
  return 'isa';
}

/**
 * Panic notifiers, after the seccomp sandbox. Only the pvpanic devices are options of their
 * own: Hyper-V's crash MSRs are a CPU feature (`hv-crash`, written with `-cpu`), and the
 * pSeries and s390 notifiers are part of the machine.
 */
export function buildPanicArgs(ctx: BuildContext): void {
  const arch = guestArch(ctx.def, ctx.caps);
  for (const panic of devicesOfKind(ctx.def, 'panic')) {
    const model = attr(panic, 'model') ?? defaultPanicModel(arch);
    switch (model) {
      case 'isa':
        ctx.cmd.add('-device', ctx.device({ driver: 'pvpanic', ioport: isaIobase(panic) }));
        break;
      case 'pvpanic':
        if (attr(child(panic, 'address'), 'type') !== 'pci') throw new Xml2ArgvError('not-implemented', 'pvpanic-pci without a PCI address');
        ctx.cmd.add('-device', ctx.device({ driver: 'pvpanic-pci', ...addressProps(ctx, panic) }));
        break;
      case 'hyperv': case 'pseries': case 's390':
        break;
      default:
        throw new Xml2ArgvError('not-implemented', `panic model '${model}'`);
    }
  }
}

function isaIobase(panic: JsonNode): number | undefined {
  const a = child(panic, 'address');
  const iobase = attr(a, 'type') === 'isa' ? attr(a, 'iobase') : undefined;
  return iobase === undefined ? undefined : parseIntLoose(iobase);
}
