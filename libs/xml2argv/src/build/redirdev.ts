import { attr, children, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import { bootIndexes } from './boot.js';
import { buildChardev } from './chardev.js';
import type { BuildContext } from './context.js';

/** USB redirection: the chardev carrying the traffic, then `usb-redir` with the domain's filter. */
export function buildRedirdevArgs(ctx: BuildContext): void {
  const boot = bootIndexes(ctx);
  const filter = redirFilter(ctx);
  for (const r of devicesOfKind(ctx.def, 'redirdev')) {
    if (attr(r, 'bus') !== 'usb') throw new Xml2ArgvError('not-implemented', `redirdev bus '${attr(r, 'bus')}'`);
    const alias = aliasOf(r)!;
    const chardev = buildChardev(ctx, r, `char${alias}`);
    ctx.cmd.add('-device', ctx.device({ driver: 'usb-redir', chardev, id: alias, filter, bootindex: boot.get(r), ...addressProps(ctx, r) }));
  }
}

/**
 * usbredir's filter syntax: `class:vendor:product:version:allow` rules joined by `|`, -1
 * for "any". The rules of `<redirfilter>` apply to every redirected device.
 */
function redirFilter(ctx: BuildContext): string | undefined {
  const rules = devicesOfKind(ctx.def, 'redirfilter').flatMap((f) => children(f, 'usbdev'));
  if (rules.length === 0) return undefined;
  return rules.map((u) => [
    hexField(u, 'class', 2), hexField(u, 'vendor', 4), hexField(u, 'product', 4), usbVersion(attr(u, 'version')),
    attr(u, 'allow') === 'yes' ? '1' : '0',
  ].join(':')).join('|');
}

function hexField(u: JsonNode, name: string, width: number): string {
  const v = attr(u, name);
  if (v === undefined || v.trim() === '-1') return '-1';
  const n = /^0x/i.test(v.trim()) ? parseInt(v.trim().slice(2), 16) : Number(v);
  return `0x${n.toString(16).toUpperCase().padStart(width, '0')}`;
}

/**
 * A USB release number `major.minor` in the BCD form of the device descriptor: `1.10` is
 * 0x0110, and a one-digit minor counts in tenths (`9.4` is 0x0940).
 */
export function usbVersion(v: string | undefined): string {
  if (v === undefined || v.trim() === '-1') return '-1';
  const [major = '0', minor = '0'] = v.trim().split('.');
  const bcd = (parseInt(major, 16) << 8) | parseInt(minor.padEnd(2, '0').slice(0, 2), 16);
  return `0x${bcd.toString(16).toUpperCase().padStart(4, '0')}`;
}
