import { reject } from '../errors.js';
import type { BuildContext } from './context.js';

/** Where an incoming migration (or a restore from a saved image) reads the guest state. */
export interface IncomingMigration {
  /**
   * The source: a QEMU migration URI (`tcp:HOST:PORT`, `exec:CMD`, `fd:N` ...), or `stdio`
   * when the daemon hands QEMU an already open descriptor.
   */
  readonly uri: string;
  /** The descriptor QEMU inherits for `stdio`. */
  readonly fd?: number;
}

/**
 * `-incoming`: QEMU starts paused and waits for the state. A `stdio` source is an inherited
 * descriptor, which QEMU only takes by number.
 */
export function buildIncomingArgs(ctx: BuildContext, incoming: IncomingMigration | undefined): void {
  if (!incoming) return;
  if (incoming.uri === 'stdio') {
    if (incoming.fd === undefined) throw reject('invalid-arg', 'an incoming migration from stdio needs a file descriptor');
    ctx.cmd.add('-incoming', `fd:${incoming.fd}`);
    return;
  }
  ctx.cmd.add('-incoming', incoming.uri);
}
