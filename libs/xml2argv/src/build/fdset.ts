import type { ArgvBuilder } from '../argv/command.js';
import { escapeComma } from '../argv/props.js';
import type { BuildContext } from './context.js';

// fd sets are numbered per QEMU process in the order they are added; the counter lives with
// the command being built so that every family draws from the same sequence.
const nextSet = new WeakMap<ArgvBuilder, number>();

/**
 * Passes an open descriptor to QEMU as `-add-fd set=N,fd=FD,opaque=LABEL` and returns the
 * path QEMU opens it by (`/dev/fdset/N`).
 */
export function addFdSet(ctx: BuildContext, fd: number, opaque: string): string {
  const set = nextSet.get(ctx.cmd) ?? 0;
  nextSet.set(ctx.cmd, set + 1);
  ctx.cmd.add('-add-fd', `set=${set},fd=${fd},opaque=${escapeComma(opaque)}`);
  return `/dev/fdset/${set}`;
}
