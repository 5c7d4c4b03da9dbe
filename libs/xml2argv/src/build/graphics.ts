import { escapeComma } from '../argv/props.js';
import { attr, child, type JsonNode } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';
import { buildDbusDisplay, buildSdlDisplay } from './display-local.js';
import { spiceValue } from './spice.js';
import { addTlsCreds } from './tls.js';

/** Displays: `-vnc`, `-spice`, and `-display` for SDL, D-Bus and EGL headless. */
export function buildGraphicsArgs(ctx: BuildContext): void {
  const audio = devicesOfKind(ctx.def, 'audio')[0];
  for (const g of devicesOfKind(ctx.def, 'graphics')) {
    const type = attr(g, 'type');
    if (type === 'egl-headless') {
      // Only a QEMU whose egl-headless takes a render node gets one (the host's by default).
      const node = ctx.has('egl-headless.rendernode') ? attr(child(g, 'gl'), 'rendernode') ?? ctx.runtime.host.renderNode : undefined;
      ctx.cmd.add('-display', `egl-headless${node ? `,rendernode=${escapeComma(node)}` : ''}`);
      continue;
    }
    if (type === 'spice') {
      ctx.cmd.add('-spice', spiceValue(ctx, g));
      addKeymap(ctx, g);
      continue;
    }
    if (type === 'sdl') {
      buildSdlDisplay(ctx, g);
      continue;
    }
    if (type === 'dbus') {
      buildDbusDisplay(ctx, g);
      continue;
    }
    if (type !== 'vnc') throw new Xml2ArgvError('not-implemented', `graphics type '${type}'`);
    const cfg = ctx.runtime.config;
    const listen = child(g, 'listen');
    // A socket libvirt generated for an earlier run of some domain is not the user's choice.
    const socketAttr = attr(g, 'socket');
    const generated = socketAttr?.startsWith(`${ctx.runtime.config.libDir}/domain-`) ?? false;
    const explicitListen = attr(listen, 'type') !== undefined || attr(g, 'listen') !== undefined || (socketAttr !== undefined && !generated);
    const listenType = attr(listen, 'type')
      ?? (socketAttr && !generated ? 'socket' : !explicitListen && ctx.runtime.config.vncAutoUnixSocket ? 'socket' : 'address');
    let value: string;
    if (listenType === 'socket') {
      const path = attr(listen, 'socket') ?? (generated ? undefined : socketAttr) ?? `${ctx.privateDir}/vnc.sock`;
      value = `vnc=unix:${escapeComma(path)}`;
    } else if (listenType === 'none') {
      value = 'none';
    } else {
      if (listenType !== 'address') throw new Xml2ArgvError('not-implemented', `VNC listen type '${listenType}'`);
      const addr = attr(listen, 'address') ?? attr(g, 'listen') ?? ctx.runtime.config.vncListen;
      const port = Number(attr(g, 'port') ?? '-1');
      const display = attr(g, 'autoport') === 'no' || port >= 5900 ? port - 5900 : 0;
      value = `${addr.includes(':') ? `[${addr}]` : addr}:${display}`;
      if (attr(g, 'websocket')) value += `,websocket=${attr(g, 'websocket')}`;
    }
    const share = attr(g, 'sharePolicy');
    if (share) value += `,share=${share}`;
    if (attr(g, 'passwd') !== undefined) value += ',password=on';
    if (cfg.vncTLS) {
      const id = addTlsCreds(ctx, {
        id: 'vnc-tls-creds0', dir: cfg.vncTLSx509certdir ?? cfg.defaultTLSx509certdir, endpoint: 'server',
        verifyPeer: cfg.vncTLSx509verify ?? false, secretUuid: cfg.vncTLSx509secretUUID, secretId: 'vnc-tls-creds0-secret0',
      });
      value += `,tls-creds=${id}`;
    }
    if (cfg.vncSASL) value += ',sasl=on';
    if (attr(g, 'powerControl') === 'yes') value += ',power-control=on';
    const audioId = attr(child(g, 'audio'), 'id') ?? attr(audio, 'id');
    if (audioId !== undefined) value += `,audiodev=audio${audioId}`;
    ctx.cmd.add('-vnc', value);
    addKeymap(ctx, g);
  }
}

/** `-k`: the keyboard layout a remote display translates key codes with. */
function addKeymap(ctx: BuildContext, g: JsonNode): void {
  const keymap = attr(g, 'keymap');
  if (keymap !== undefined) ctx.cmd.add('-k', keymap);
}
