import { escapeComma, type Props } from '../argv/props.js';
import { attr, child, childText, children, text, type JsonNode } from '../input/json.js';
import { aliasOf, controllers, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import { buildChardev } from './chardev.js';
import type { BuildContext } from './context.js';

const DEFAULT_NSS_DB = '/etc/pki/nssdb';

/** The usb-ccid readers smartcards plug into, after the USB hubs (a reader may sit on a hub). */
export function buildCcidControllerArgs(ctx: BuildContext): void {
  for (const c of controllers(ctx.def, 'ccid')) {
    ctx.cmd.add('-device', ctx.device({ driver: 'usb-ccid', id: aliasOf(c), ...addressProps(ctx, c) }));
  }
}

/** Smartcards, after the NICs: an emulated card reading the host's NSS database, or a passthrough chardev. */
export function buildSmartcardArgs(ctx: BuildContext): void {
  for (const card of devicesOfKind(ctx.def, 'smartcard')) {
    const id = aliasOf(card)!;
    const mode = attr(card, 'mode');
    let props: Props;
    if (mode === 'host') {
      props = { driver: 'ccid-card-emulated', backend: 'nss-emulated' };
    } else if (mode === 'host-certificates') {
      props = { driver: 'ccid-card-emulated', backend: 'certificates' };
      children(card, 'certificate').forEach((c, i) => {
        props[`cert${i + 1}`] = (text(c) ?? '').trim();
      });
      props.db = childText(card, 'database')?.trim() || DEFAULT_NSS_DB;
    } else if (mode === 'passthrough') {
      props = { driver: 'ccid-card-passthru', chardev: passthroughChardev(ctx, card, `char${id}`) };
    } else {
      throw new Xml2ArgvError('not-implemented', `smartcard mode '${mode}'`);
    }
    ctx.cmd.add('-device', ctx.device({ ...props, id, bus: `${ccidAlias(ctx, card)}.0` }));
  }
}

function passthroughChardev(ctx: BuildContext, card: JsonNode, id: string): string {
  // A SPICE client's card reader travels over the 'smartcard' channel of the SPICE session.
  if (attr(card, 'type') === 'spicevmc') {
    ctx.cmd.add('-chardev', `spicevmc,id=${escapeComma(id)},name=smartcard`);
    return id;
  }
  return buildChardev(ctx, card, id);
}

function ccidAlias(ctx: BuildContext, card: JsonNode): string {
  const index = Number(attr(child(card, 'address'), 'controller') ?? '0');
  const ctrl = controllers(ctx.def, 'ccid').find((c) => Number(attr(c, 'index') ?? '0') === index);
  return (ctrl && aliasOf(ctrl)) ?? `ccid${index}`;
}
