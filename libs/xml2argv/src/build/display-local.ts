import { escapeComma } from '../argv/props.js';
import { attr, child, childText, type JsonNode } from '../input/json.js';
import type { BuildContext } from './context.js';
import { shortName } from './context.js';

const on = (v: string | undefined): boolean => v === 'yes';

/**
 * An SDL window on the host's X display: the display and its X authority reach QEMU
 * through the environment; `-full-screen` comes before the display it applies to.
 */
export function buildSdlDisplay(ctx: BuildContext, g: JsonNode): void {
  const xauth = attr(g, 'xauth');
  const display = attr(g, 'display');
  if (xauth !== undefined) ctx.cmd.setEnv('XAUTHORITY', xauth);
  if (display !== undefined) ctx.cmd.setEnv('DISPLAY', display);
  if (on(attr(g, 'fullscreen'))) ctx.cmd.add('-full-screen');
  ctx.cmd.add('-display', `sdl${on(attr(child(g, 'gl'), 'enable')) ? ',gl=on' : ''}`);
}

/**
 * The D-Bus display: on a bus at the written address, peer to peer with the client
 * (`p2p`), or on a private bus libvirt runs for the domain in its D-Bus state directory.
 */
export function buildDbusDisplay(ctx: BuildContext, g: JsonNode): void {
  let value = 'dbus';
  const p2p = on(attr(g, 'p2p'));
  const address = attr(g, 'address')
    ?? (p2p ? undefined : `unix:path=${ctx.runtime.config.dbusStateDir ?? `${ctx.runtime.config.libDir}/dbus`}/${ctx.runtime.domainId}-${shortName(childText(ctx.def, 'name') ?? '')}-dbus.sock`);
  if (address !== undefined) value += `,addr=${escapeComma(address)}`;
  if (p2p) value += ',p2p=on';
  const gl = child(g, 'gl');
  if (on(attr(gl, 'enable'))) {
    value += ',gl=on';
    const node = attr(gl, 'rendernode');
    if (node !== undefined) value += `,rendernode=${escapeComma(node)}`;
  }
  const audio = attr(child(g, 'audio'), 'id');
  if (audio !== undefined) value += `,audiodev=audio${audio}`;
  ctx.cmd.add('-display', value);
}
