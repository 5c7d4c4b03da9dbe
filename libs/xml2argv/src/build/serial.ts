import type { Props } from '../argv/props.js';
import { attr, child, parseIntLoose, type JsonNode } from '../input/json.js';
import { addressProps } from './address.js';
import { guestArch } from '../prepare/machine.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { buildChardev } from './chardev.js';
import { serialPorts } from '../prepare/written-chardev-defaults.js';
import type { BuildContext } from './context.js';
import { ccwDevno } from '../prepare/ccw.js';

/** Serial ports: chardev + `isa-serial` (or `usb-serial`/`pci-serial`). */
export function buildSerialArgs(ctx: BuildContext): void {
  const serials = devicesOfKind(ctx.def, 'serial');
  const ports = serialPorts(serials);
  serials.forEach((s, i) => {
    const alias = aliasOf(s) ?? `serial${i}`;
    const chardev = buildChardev(ctx, s, `char${alias}`);
    const target = child(s, 'target');
    const type = attr(target, 'type');
    // ARM and RISC-V boards have their own UART, which -serial connects.
    const arm = ['aarch64', 'armv7l', 'riscv32', 'riscv64'].includes(guestArch(ctx.def, ctx.caps));
    const s390 = guestArch(ctx.def, ctx.caps) === 's390x';
    const model = attr(child(target, 'model'), 'name')
      ?? (type === 'pci-serial' ? 'pci-serial' : type === 'usb-serial' ? 'usb-serial' : type === 'isa-debug' ? 'isa-debugcon'
        : type === 'system-serial' || ((type === undefined || type === 'isa-serial') && arm) ? 'pl011' : type === 'spapr-vio-serial' ? 'spapr-vty'
          : type === 'sclp-serial' || (type === undefined && s390) ? 'sclpconsole' : 'isa-serial');
    if (model === 'pl011') {
      // The board's own UART is connected with -serial rather than created with -device.
      ctx.cmd.add('-serial', `chardev:${chardev}`);
      return;
    }
    const port = ports[i];
    if (model === 'isa-serial') {
      const a = child(s, 'address');
      const hex = (v: string | undefined): number | undefined => (v === undefined ? undefined : parseIntLoose(v));
      ctx.cmd.add('-device', ctx.device({ driver: 'isa-serial', chardev, id: alias, index: Number(port ?? i), iobase: hex(attr(a, 'iobase')), irq: hex(attr(a, 'irq')) }));
    } else if (model === 'isa-debugcon') {
      const iobase = attr(child(s, 'address'), 'iobase');
      ctx.cmd.add('-device', ctx.device({ driver: model, chardev, id: alias, iobase: iobase === undefined ? undefined : parseIntLoose(iobase) }));
    } else if (model === 'sclpconsole' || model === 'sclplmconsole') {
      // s390 consoles on the service-call logical processor: line mode or full screen.
      ctx.cmd.add('-device', ctx.device({ driver: model, chardev, id: alias }));
    } else if (model === 'spapr-vty') {
      ctx.cmd.add('-device', ctx.device({ driver: model, chardev, id: alias, reg: parseIntLoose(attr(child(s, 'address'), 'reg') ?? '0x30000000') }));
    } else if (model === 'pci-serial' || model === 'usb-serial') {
      ctx.cmd.add('-device', ctx.device({ driver: model, chardev, id: alias, ...addressProps(ctx, s) }));
    } else {
      throw new Xml2ArgvError('not-implemented', `serial model '${model}'`);
    }
  });
}

/** Parallel ports: chardev + `isa-parallel`. */
export function buildParallelArgs(ctx: BuildContext): void {
  devicesOfKind(ctx.def, 'parallel').forEach((p, i) => {
    const alias = aliasOf(p) ?? `parallel${i}`;
    const chardev = buildChardev(ctx, p, `char${alias}`);
    ctx.cmd.add('-device', ctx.device({ driver: 'isa-parallel', chardev, id: alias }));
  });
}

/** Channels: virtio-serial ports (guest agent, ...) on their chardevs. */
export function buildChannelArgs(ctx: BuildContext): void {
  const used = new Set(devicesOfKind(ctx.def, 'channel').map((c) => attr(child(c, 'address'), 'port')).filter((p) => p !== undefined).map(Number));
  let next = 1;
  for (const c of devicesOfKind(ctx.def, 'channel')) {
    if (!child(c, 'address') && attr(child(c, 'target'), 'type') === 'virtio') {
      while (used.has(next)) next++;
      c.address = { type: 'virtio-serial', controller: '0', bus: '0', port: String(next++) };
    }
    const target = child(c, 'target');
    const alias = aliasOf(c)!;
    if (attr(target, 'type') === 'guestfwd') {
      // QEMU's user-mode network forwards the guest's connections to the chardev.
      const chardev = buildChardev(ctx, c, `char${alias}`);
      const fwd = `tcp:${attr(target, 'address') ?? ''}:${attr(target, 'port') ?? ''}-chardev:${chardev}`;
      // The JSON form takes a list of forwards; the key=value form a single one.
      const guestfwd = ctx.has('netdev.json') ? [{ str: fwd }] : fwd;
      ctx.cmd.add('-netdev', ctx.netdev({ type: 'user', guestfwd, id: alias }));
      continue;
    }
    if (attr(target, 'type') !== 'virtio') throw new Xml2ArgvError('not-implemented', `channel target '${attr(target, 'type')}'`);
    const chardev = buildChardev(ctx, c, `char${alias}`);
    // A SPICE agent channel is known to the guest by the port name SPICE's agent looks for.
    const name = attr(target, 'name') ?? (attr(c, 'type') === 'spicevmc' ? 'com.redhat.spice.0' : undefined);
    ctx.cmd.add('-device', ctx.device({ driver: 'virtserialport', ...portProps(c), chardev, id: alias, name }));
  }
}

const SCLP_CONSOLES: Record<string, string> = { sclp: 'sclpconsole', sclplm: 'sclplmconsole' };

/** Consoles other than the one that is serial port 0: virtio and s390 SCLP consoles. */
export function buildConsoleArgs(ctx: BuildContext): void {
  devicesOfKind(ctx.def, 'console').forEach((c, i) => {
    const type = attr(child(c, 'target'), 'type') ?? 'serial';
    if (i === 0 && type === 'serial') return;
    const sclp = SCLP_CONSOLES[type];
    if (type !== 'virtio' && !sclp) throw new Xml2ArgvError('not-implemented', `console target '${type}'`);
    const alias = aliasOf(c)!;
    const chardev = buildChardev(ctx, c, `char${alias}`);
    if (sclp) {
      ctx.cmd.add('-device', ctx.device({ driver: sclp, chardev, id: alias }));
      return;
    }
    // A console placed on the channel subsystem (s390) keeps its device number.
    const a = child(c, 'address');
    const place = attr(a, 'type') === 'ccw' ? { devno: ccwDevno(a!) } : a ? portProps(c) : {};
    ctx.cmd.add('-device', ctx.device({ driver: 'virtconsole', ...place, chardev, id: alias }));
  });
}

function portProps(dev: JsonNode): Props {
  const a = child(dev, 'address');
  return { bus: `virtio-serial${attr(a, 'controller') ?? '0'}.${attr(a, 'bus') ?? '0'}`, nr: Number(attr(a, 'port') ?? '1') };
}
