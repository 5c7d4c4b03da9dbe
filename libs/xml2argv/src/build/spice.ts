import { escapeComma } from '../argv/props.js';
import { attr, child, children, type JsonNode } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';

/** The `-spice` option of one SPICE display. */
export function spiceValue(ctx: BuildContext, g: JsonNode): string {
  const cfg = ctx.runtime.config;
  const listen = child(g, 'listen');
  const listenType = attr(listen, 'type') ?? (attr(g, 'listen') !== undefined ? 'address' : undefined);
  const parts: string[] = [];
  // Automatic ports come from the runtime's display port allocator (plain port first, then TLS).
  const auto = attr(g, 'autoport') === 'yes' && listenType !== 'none' && listenType !== 'socket';
  const port = auto ? ctx.runtime.fds.displayPort() : Number(attr(g, 'port') ?? 0);
  const tlsPort = auto && cfg.spiceTLS ? ctx.runtime.fds.displayPort() : Number(attr(g, 'tlsPort') ?? 0);
  if (listenType === 'socket') {
    const path = attr(listen, 'socket') ?? `${ctx.privateDir}/spice.sock`;
    parts.push('unix', `addr=${escapeComma(path)}`);
  } else {
    const insecure = port > 0;
    const secure = tlsPort > 0 && cfg.spiceTLS;
    if (insecure) parts.push(`port=${port}`);
    if (secure) parts.push(`tls-port=${tlsPort}`);
    if (!insecure && !secure) parts.push('port=0');
    if ((insecure || secure) && listenType !== 'none') {
      const addr = attr(listen, 'address') ?? attr(g, 'listen') ?? cfg.spiceListen;
      parts.push(`addr=${escapeComma(addr)}`);
    }
  }
  if (cfg.spiceSASL) parts.push('sasl=on');
  const mouse = attr(child(g, 'mouse'), 'mode');
  if (mouse) parts.push(`agent-mouse=${mouse === 'client' ? 'on' : 'off'}`);
  if (tlsPort > 0 && cfg.spiceTLS) parts.push(`x509-dir=${escapeComma(cfg.spiceTLSx509certdir ?? cfg.defaultTLSx509certdir)}`);
  const defaultMode = attr(g, 'defaultMode');
  if (defaultMode === 'secure') parts.push('tls-channel=default');
  else if (defaultMode === 'insecure') parts.push('plaintext-channel=default');
  for (const ch of children(g, 'channel')) {
    const mode = attr(ch, 'mode');
    if (mode === 'secure') parts.push(`tls-channel=${attr(ch, 'name')}`);
    else if (mode === 'insecure') parts.push(`plaintext-channel=${attr(ch, 'name')}`);
  }
  const compression = (el: string, opt: string): void => {
    const v = attr(child(g, el), 'compression');
    if (v !== undefined) parts.push(`${opt}=${v}`);
  };
  compression('image', 'image-compression');
  compression('jpeg', 'jpeg-wan-compression');
  compression('zlib', 'zlib-glz-wan-compression');
  compression('playback', 'playback-compression');
  const streaming = attr(child(g, 'streaming'), 'mode');
  if (streaming) parts.push(`streaming-video=${streaming}`);
  if (attr(child(g, 'clipboard'), 'copypaste') === 'no') parts.push('disable-copy-paste=on');
  if (attr(child(g, 'filetransfer'), 'enable') === 'no') parts.push('disable-agent-file-xfer=on');
  const gl = child(g, 'gl');
  if (attr(gl, 'enable') === 'yes') {
    parts.push('gl=on');
    const node = attr(gl, 'rendernode') ?? ctx.runtime.host.renderNode;
    if (node === undefined) throw new Xml2ArgvError('config-unsupported', 'no DRM render node available');
    parts.push(`rendernode=${escapeComma(node)}`);
  }
  parts.push('seamless-migration=on');
  return parts.join(',');
}
