import { escapeComma } from '../argv/props.js';
import { attr, child, children, type JsonNode } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';
import { addTlsCreds } from './tls.js';

/**
 * `-chardev` for a character device backend (the `type` attribute and `<source>` of serial,
 * console, channel, ...). Values are comma-escaped; libvirt still writes -chardev as
 * key=value. Returns the chardev id.
 */
export function buildChardev(ctx: BuildContext, dev: JsonNode, id: string): string {
  const type = attr(dev, 'type') ?? 'pty';
  const sources = children(dev, 'source');
  const source = sources[0];
  const e = escapeComma;
  let value: string;
  switch (type) {
    case 'spicevmc':
      value = `spicevmc,id=${id},name=${e(spicevmcName(dev))}`;
      break;
    case 'qemu-vdagent': {
      value = `qemu-vdagent,id=${id},name=vdagent`;
      const copypaste = attr(child(source, 'clipboard'), 'copypaste');
      if (copypaste !== undefined) value += `,clipboard=${copypaste === 'yes' ? 'on' : 'off'}`;
      const mouse = attr(child(source, 'mouse'), 'mode');
      if (mouse !== undefined) value += `,mouse=${mouse === 'client' ? 'on' : 'off'}`;
      break;
    }
    case 'dbus':
      // A chardev exported on the D-Bus display's bus; USB redirection has a fixed name.
      value = `dbus,id=${id},name=${e(attr(source, 'channel') ?? (attr(dev, 'bus') === 'usb' ? 'org.qemu.usbredir' : ''))}`;
      break;
    case 'spiceport':
      value = `spiceport,id=${id},name=${e(attr(source, 'channel') ?? '')}`;
      break;
    case 'pty': case 'null': case 'vc': case 'stdio':
      value = `${type},id=${id}`;
      break;
    case 'dev':
      // Host parallel ports and serial lines are different QEMU backends.
      value = `${id.startsWith('charparallel') ? 'parallel' : 'serial'},id=${id},path=${e(attr(source, 'path') ?? '')}`;
      break;
    case 'file': {
      const set = passFile(ctx, attr(source, 'path') ?? '', id, 'source');
      value = `file,id=${id},path=/dev/fdset/${set},append=on`;
      break;
    }
    case 'pipe':
      value = `pipe,id=${id},path=${e(attr(source, 'path') ?? '')}`;
      break;
    case 'unix': {
      // A UNIX socket is listened on unless the XML says to connect (bind is the default
      // mode); a channel without a socket path gets one libvirt creates.
      const path = attr(source, 'path') ?? '';
      const server = (attr(source, 'mode') ?? 'bind') === 'bind' || path === '';
      const fd = server ? ctx.runtime.fds.listenSocket(path) : null;
      value = `socket,id=${id},${fd === null ? `path=${e(path)}` : `fd=${fd}`}`;
      if (server) value += ',server=on,wait=off';
      value += reconnectOption(source);
      break;
    }
    case 'tcp': {
      const server = attr(source, 'mode') === 'bind';
      value = `socket,id=${id},host=${e(attr(source, 'host') ?? '')},port=${e(attr(source, 'service') ?? '')}`;
      if (attr(child(dev, 'protocol'), 'type') === 'telnet') value += ',telnet=on';
      const tls = attr(source, 'tls');
      if (tls === 'yes' || (tls === undefined && ctx.runtime.config.chardevTLS)) {
        const cfg = ctx.runtime.config;
        const creds = addTlsCreds(ctx, {
          id: `obj${id}_tls0`, dir: cfg.chardevTLSx509certdir ?? cfg.defaultTLSx509certdir, endpoint: server ? 'server' : 'client',
          // A client always checks the server; a server checks clients when configured to.
          verifyPeer: server ? cfg.chardevTLSx509verify ?? false : true,
          secretUuid: cfg.chardevTLSx509secretUUID, secretId: `${id}-secret0`,
        });
        value += `,tls-creds=${creds}`;
      }
      value += reconnectOption(source);
      if (server) value += ',server=on,wait=off';
      break;
    }
    case 'udp': {
      const connect = sources.find((s) => attr(s, 'mode') === 'connect') ?? source;
      const bind = sources.find((s) => attr(s, 'mode') === 'bind');
      value = `udp,id=${id},host=${e(attr(connect, 'host') ?? '')},port=${e(attr(connect, 'service') ?? '')}`;
      value += `,localaddr=${e(attr(bind, 'host') ?? '')},localport=${e(attr(bind, 'service') ?? '0')}`;
      break;
    }
    default:
      throw new Xml2ArgvError('not-implemented', `character device type '${type}'`);
  }
  const log = child(dev, 'log');
  if (log) value += `,logfile=/dev/fdset/${passFile(ctx, attr(log, 'file') ?? '', id, 'log')},logappend=on`;
  ctx.cmd.add('-chardev', value);
  return id;
}

// The SPICE channel a spicevmc chardev carries: the agent for channels, usbredir for redirection.
function spicevmcName(dev: JsonNode): string {
  const target = child(dev, 'target');
  if (attr(target, 'type') === 'virtio') return 'vdagent';
  return attr(dev, 'bus') === 'usb' ? 'usbredir' : 'vdagent';
}

// libvirt opens chardev files itself and hands QEMU the descriptor in an fd set.
function passFile(ctx: BuildContext, path: string, chardevId: string, purpose: 'source' | 'log'): number {
  const fd = ctx.runtime.fds.chardevFile(path, purpose);
  const set = ctx.nextFdSet();
  ctx.cmd.add('-add-fd', `set=${set},fd=${fd},opaque=${chardevId.replace(/^char/, '')}-${purpose}`);
  return set;
}

/** A client socket's `<reconnect>`: retry every `timeout` seconds, or explicitly never (0). */
function reconnectOption(source: JsonNode | undefined): string {
  const reconnect = child(source, 'reconnect');
  const enabled = attr(reconnect, 'enabled');
  if (enabled === 'yes') return `,reconnect=${attr(reconnect, 'timeout') ?? 0}`;
  return enabled === 'no' ? ',reconnect=0' : '';
}
