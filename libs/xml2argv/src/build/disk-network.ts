import type { Props } from '../argv/props.js';
import { attr, child, children, type JsonNode } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';

/** Objects a disk's storage node refers to, created before it. */
export interface NetworkSourceOptions {
  readonly tlsCreds?: string;
  readonly cookieSecret?: string;
}

const DEFAULT_PORTS: Record<string, string> = {
  sheepdog: '7000', vxhs: '9999', http: '80', https: '443', ftp: '21', ftps: '990', tftp: '69', iscsi: '3260', gluster: '24007', nbd: '10809', ssh: '22',
};

/** The protocol part of a network disk's storage node (`driver` and addressing). */
export function networkSourceProps(source: JsonNode | undefined, authSecretId?: string, authEl?: JsonNode, opts: NetworkSourceOptions = {}): Props {
  const protocol = attr(source, 'protocol') ?? '';
  const name = attr(source, 'name');
  const hosts = children(source, 'host');
  const host = hosts[0];
  const port = (h: JsonNode | undefined): string => attr(h, 'port') ?? DEFAULT_PORTS[protocol] ?? '';
  const server = (h: JsonNode | undefined): Props =>
    attr(h, 'transport') === 'unix'
      ? { type: 'unix', path: attr(h, 'socket') ?? '' }
      : { type: 'inet', host: attr(h, 'name') ?? '', port: port(h) };
  const auth = authEl ?? child(source, 'auth');
  const user = attr(auth, 'username');
  const tls = attr(source, 'tls') === 'yes';
  if ((tls && protocol !== 'nbd' && protocol !== 'vxhs') || (child(source, 'cookies') && !protocol.startsWith('http'))) {
    throw new Xml2ArgvError('not-implemented', `${protocol} disks with TLS or cookies`);
  }
  switch (protocol) {
    case 'nbd':
      return {
        driver: 'nbd', server: server(host), export: name,
        'tls-creds': opts.tlsCreds, 'tls-hostname': opts.tlsCreds ? attr(source, 'tlsHostname') : undefined,
      };
    case 'iscsi': {
      const [target, lun] = splitLast(name ?? '');
      const initiator = attr(child(child(source, 'initiator'), 'iqn'), 'name');
      return {
        driver: 'iscsi', portal: `${attr(host, 'name') ?? ''}:${port(host)}`, target, lun: Number(lun ?? 0), transport: 'tcp',
        user, 'password-secret': authSecretId, 'initiator-name': initiator,
      };
    }
    case 'vxhs':
      // Veritas HyperScale: the vDisk's UUID on one server, over TLS when configured.
      return { driver: 'vxhs', 'tls-creds': opts.tlsCreds, 'vdisk-id': name, server: { host: attr(host, 'name') ?? '', port: port(host) } };
    case 'sheepdog':
      // Sheepdog names the image (VDI) on one of its servers.
      return { driver: 'sheepdog', server: server(host), vdi: name };
    case 'gluster': {
      const [volume, path] = splitFirst(name ?? '');
      return { driver: 'gluster', volume, path, server: hosts.map(server), debug: 4 };
    }
    case 'http': case 'https': case 'ftp': case 'ftps': case 'tftp': {
      const query = attr(source, 'query');
      const path = (name ?? '').startsWith('/') ? name : `/${name ?? ''}`;
      const ssl = child(source, 'ssl');
      const readahead = child(source, 'readahead');
      const timeout = child(source, 'timeout');
      return {
        driver: protocol, url: `${protocol}://${attr(host, 'name') ?? ''}:${port(host)}${path}${query ? `?${query}` : ''}`,
        username: user, 'password-secret': authSecretId,
        sslverify: attr(ssl, 'verify') === undefined ? undefined : attr(ssl, 'verify') === 'yes',
        readahead: attr(readahead, 'size') === undefined ? undefined : Number(attr(readahead, 'size')),
        timeout: attr(timeout, 'seconds') === undefined ? undefined : Number(attr(timeout, 'seconds')),
        'cookie-secret': opts.cookieSecret,
      };
    }
    case 'rbd': {
      const [pool, image] = splitFirst(name ?? '');
      const [img, atSnap] = (image ?? '').split('@');
      const snap = attr(child(source, 'snapshot'), 'name') ?? atSnap;
      return {
        driver: 'rbd', pool, image: img, snapshot: snap,
        server: hosts.length ? hosts.map((h) => ({ host: attr(h, 'name') ?? '', port: port(h) || '6789' })) : undefined,
        conf: attr(child(source, 'config'), 'file'),
        user, 'auth-client-required': user ? ['cephx', 'none'] : undefined, 'key-secret': authSecretId,
      };
    }
    case 'nfs': {
      // libvirt resolves the identity to numeric ids; only those written as numbers are handled here
      const identity = child(source, 'identity');
      const id = (n: string): number | undefined => {
        const v = attr(identity, n);
        if (v === undefined) return undefined;
        if (!/^\+?\d+$/.test(v)) throw new Xml2ArgvError('not-implemented', `NFS ${n} given by name ('${v}')`);
        return Number(v.replace('+', ''));
      };
      return { driver: 'nfs', server: { host: attr(host, 'name') ?? '', type: 'inet' }, path: name, user: id('user'), group: id('group') };
    }
    default:
      throw new Xml2ArgvError('not-implemented', `network disk protocol '${protocol}'`);
  }
}

function splitLast(s: string): [string, string | undefined] {
  const i = s.lastIndexOf('/');
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

function splitFirst(s: string): [string, string | undefined] {
  const i = s.indexOf('/');
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}
