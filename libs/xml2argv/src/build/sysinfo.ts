import { escapeComma } from '../argv/props.js';
import { attr, child, children, list, text, type JsonNode } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';

// SMBIOS structures QEMU can fill from `-smbios type=N`, with the fields each takes in the
// order libvirt writes them.
const TABLES: readonly { readonly type: number; readonly element: string; readonly fields: readonly string[] }[] = [
  { type: 0, element: 'bios', fields: ['vendor', 'version', 'date', 'release'] },
  { type: 1, element: 'system', fields: ['manufacturer', 'product', 'version', 'serial', 'uuid', 'sku', 'family'] },
  { type: 2, element: 'baseBoard', fields: ['manufacturer', 'product', 'version', 'serial', 'asset', 'location'] },
  { type: 3, element: 'chassis', fields: ['manufacturer', 'version', 'serial', 'asset', 'sku'] },
];

const sysinfos = (ctx: BuildContext, type: string): JsonNode[] => list(ctx.def.sysinfo).filter((s) => attr(s, 'type') === type);

/**
 * `-smbios` tables from the `<sysinfo type='smbios'>` block when `<os><smbios mode='sysinfo'>`
 * asks for it (after `-uuid`), then `-fw_cfg` items of `<sysinfo type='fwcfg'>`.
 */
export function buildSysinfoArgs(ctx: BuildContext): void {
  const mode = attr(child(child(ctx.def, 'os'), 'smbios'), 'mode');
  if (mode === 'host') throw new Xml2ArgvError('not-implemented', "<smbios mode='host'> (the host's SMBIOS tables)");
  const source = mode === 'sysinfo' ? sysinfos(ctx, 'smbios')[0] : undefined;
  if (source) {
    for (const table of TABLES) {
      for (const block of children(source, table.element)) {
        const entries = children(block, 'entry');
        const parts = table.fields.flatMap((f) => {
          const e = entries.find((x) => attr(x, 'name') === f);
          return e ? [`${f}=${escapeComma(entryText(e))}`] : [];
        });
        if (parts.length > 0) ctx.cmd.add('-smbios', [`type=${table.type}`, ...parts].join(','));
      }
    }
    const oem = children(child(source, 'oemStrings'), 'entry');
    if (oem.length > 0) ctx.cmd.add('-smbios', ['type=11', ...oem.map((e) => `value=${escapeComma(entryText(e))}`)].join(','));
  }
  for (const fwcfg of sysinfos(ctx, 'fwcfg')) {
    for (const e of children(fwcfg, 'entry')) {
      const name = `name=${escapeComma(attr(e, 'name') ?? '')}`;
      const file = attr(e, 'file');
      ctx.cmd.add('-fw_cfg', file !== undefined ? `${name},file=${escapeComma(file)}` : `${name},string=${escapeComma(entryText(e))}`);
    }
  }
}

const entryText = (e: JsonNode): string => text(e) ?? '';
