import { attr, child, type JsonNode } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import type { BuildContext } from './context.js';

/** libvirt's own qemu-pr-helper, shared by every disk with managed reservations. */
const MANAGED_ID = 'pr-helper0';

/** A disk source's `<reservations>`, when SCSI persistent reservations are enabled on it. */
function reservationsOf(source: JsonNode | undefined): JsonNode | undefined {
  const r = child(source, 'reservations');
  return r && attr(r, 'enabled') !== 'no' ? r : undefined;
}

const isManaged = (r: JsonNode): boolean => attr(r, 'managed') === 'yes';

/** `-object pr-manager-helper` for the managed helper (its socket lives in the domain's private dir). */
export function buildManagedPrArgs(ctx: BuildContext): void {
  const managed = devicesOfKind(ctx.def, 'disk').some((d) => {
    const r = reservationsOf(child(d, 'source'));
    return r !== undefined && isManaged(r);
  });
  if (managed) ctx.cmd.add('-object', ctx.object({ 'qom-type': 'pr-manager-helper', id: MANAGED_ID, path: `${ctx.privateDir}/${MANAGED_ID}.sock` }));
}

/**
 * The reservation manager of one storage node: the managed helper, or (for a helper the user
 * runs) a `pr-manager-helper` object named after the node, added to the command line here.
 */
export function prManagerFor(ctx: BuildContext, source: JsonNode | undefined, storageNode: string): string | undefined {
  const r = reservationsOf(source);
  if (!r) return undefined;
  if (isManaged(r)) return MANAGED_ID;
  const id = `pr-helper-${storageNode}`;
  ctx.cmd.add('-object', ctx.object({ 'qom-type': 'pr-manager-helper', id, path: attr(child(r, 'source'), 'path') }));
  return id;
}
