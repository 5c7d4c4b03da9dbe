import { escapeComma } from '../argv/props.js';
import type { BuildContext } from './context.js';

/**
 * Passes an open descriptor to QEMU as `-add-fd set=N,fd=FD,opaque=LABEL` and returns the
 * path QEMU opens it by (`/dev/fdset/N`). Set numbers come from the context, so every
 * family that passes descriptors draws from one sequence.
 */
export function addFdSet(ctx: BuildContext, fd: number, opaque: string): string {
  const set = ctx.nextFdSet();
  ctx.cmd.add('-add-fd', `set=${set},fd=${fd},opaque=${escapeComma(opaque)}`);
  return `/dev/fdset/${set}`;
}
