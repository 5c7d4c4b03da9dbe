import { escapeComma } from '../argv/props.js';
import { attr, child, type JsonNode } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';
import { diskLayers } from './disk-source.js';

/** SD cards have no -device form: the board's slot takes a legacy `-drive if=sd` (no block nodes). */
export function buildSdCardDrive(ctx: BuildContext, disk: JsonNode): void {
  const layer = diskLayers(disk)[0];
  if (!layer || layer.type !== 'file') throw new Xml2ArgvError('not-implemented', 'SD card disks other than files');
  const dev = attr(child(disk, 'target'), 'dev') ?? 'sda';
  const index = [...dev.replace(/^[a-z]d/, '')].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 96), 0) - 1;
  const parts = [`file=${escapeComma(attr(layer.source, 'file') ?? '')}`, `format=${layer.format}`, 'if=sd', `index=${index}`];
  if (layer.readOnly) parts.push('readonly=on');
  ctx.cmd.add('-drive', parts.join(','));
}
