import { realpathSync, statSync } from 'node:fs';

/**
 * The stamp beside the start-up snapshot (dist/virtkit-validate.blob.stamp): one line with the
 * size and modification time of the node binary that built the snapshot, the dist directory it
 * was built in, and the V8 options it was built with. A snapshot only loads into the very node
 * binary that wrote it, under the same V8 options, and holds absolute paths of its build;
 * bin/virtkit-validate reads the same line (in sh) before using the snapshot, and the bench and
 * the launcher test check it.
 */
export const SNAPSHOT_STAMP = 'virtkit-validate.blob.stamp';

/** The stamp line for a snapshot built by `nodeBinary` in `dist` with `v8Options`. */
export function snapshotStamp(nodeBinary: string, dist: string, v8Options: readonly string[]): string {
  const node = statSync(nodeBinary);
  return `${node.size} ${Math.floor(node.mtimeMs / 1000)} ${realpathSync(dist)} ${v8Options.join(' ')}\n`;
}
