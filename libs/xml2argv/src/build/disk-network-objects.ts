import { attr, child, children, text } from '../input/json.js';
import type { NetworkSourceOptions } from './disk-network.js';
import type { BuildContext } from './context.js';
import type { StorageLayer } from './disk-source.js';
import { addSecretValue } from './secret.js';
import { addTlsCreds } from './tls.js';

/**
 * Objects a network image's storage node refers to, added before it: the x509 credentials of
 * an NBD source with TLS (qemu.conf's NBD certificate dir; a client always verifies the server)
 * and the secret carrying an HTTP(S) source's cookies as one `Cookie:` header value.
 */
export function networkSourceObjects(ctx: BuildContext, layer: StorageLayer, storage: string): NetworkSourceOptions {
  if (layer.type !== 'network') return {};
  const source = layer.source;
  const protocol = attr(source, 'protocol');
  if (protocol === 'nbd' && attr(source, 'tls') === 'yes') {
    const cfg = ctx.runtime.config;
    const id = `obj${storage}_tls0`;
    return {
      tlsCreds: addTlsCreds(ctx, {
        id, dir: cfg.nbdTLSx509certdir ?? cfg.defaultTLSx509certdir, endpoint: 'client', verifyPeer: true,
        secretUuid: cfg.nbdTLSx509secretUUID, secretId: `${id}-secret0`,
      }),
    };
  }
  // VxHS uses TLS when the source asks or, when it does not say, when qemu.conf turns it on.
  const vxhsTls = attr(source, 'tls') === 'yes' || (attr(source, 'tls') === undefined && ctx.runtime.config.vxhsTLS);
  if (protocol === 'vxhs' && vxhsTls) {
    const cfg = ctx.runtime.config;
    const id = `obj${storage}_tls0`;
    return {
      tlsCreds: addTlsCreds(ctx, {
        id, dir: cfg.vxhsTLSx509certdir ?? cfg.defaultTLSx509certdir, endpoint: 'client', verifyPeer: true,
        secretUuid: cfg.vxhsTLSx509secretUUID, secretId: `${id}-secret0`,
      }),
    };
  }
  const cookies = children(child(source, 'cookies'), 'cookie');
  if (cookies.length > 0 && (protocol === 'http' || protocol === 'https')) {
    const header = cookies.map((c) => `${attr(c, 'name') ?? ''}=${text(c['#text']) ?? ''}`).join('; ');
    return { cookieSecret: addSecretValue(ctx, `${storage}-httpcookie-secret0`, header) };
  }
  return {};
}
