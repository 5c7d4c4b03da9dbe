import type { BuildContext } from './context.js';
import { addSecret } from './secret.js';

export interface TlsCredsOptions {
  readonly id: string;
  readonly dir: string;
  readonly endpoint: 'client' | 'server';
  readonly verifyPeer: boolean;
  /** UUID of the secret holding the private key's password, when it is encrypted. */
  readonly secretUuid?: string | null;
  /** Id of the secret object carrying that password. */
  readonly secretId: string;
}

/** `-object tls-creds-x509` (preceded by its password secret when there is one); returns its id. */
export function addTlsCreds(ctx: BuildContext, o: TlsCredsOptions): string {
  const passwordid = o.secretUuid ? addSecret(ctx, o.secretId, { type: 'tls', uuid: o.secretUuid }, `TLS credentials '${o.id}'`) : undefined;
  ctx.cmd.add('-object', ctx.object({
    'qom-type': 'tls-creds-x509', id: o.id, dir: o.dir, endpoint: o.endpoint, 'verify-peer': o.verifyPeer, passwordid,
  }));
  return o.id;
}
