import { attr, child, childText, children, text, type JsonNode } from '../input/json.js';
import type { ValidateContext } from './context.js';
import { MSG } from './messages.js';

const entry = (section: JsonNode | undefined, name: string): string | undefined =>
  text(children(section, 'entry').find((e) => attr(e, 'name') === name));

const normalUuid = (uuid: string): string => uuid.replace(/-/g, '').toLowerCase();

/** SMBIOS data: a BIOS date in mm/dd/yy(yy) form, a system UUID equal to the domain's. */
export function checkSysinfo(ctx: ValidateContext): void {
  for (const sysinfo of children(ctx.def, 'sysinfo')) {
    const date = entry(child(sysinfo, 'bios'), 'date');
    if (date !== undefined) {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(date.trim());
      if (!m || Number(m[1]) < 1 || Number(m[1]) > 12 || Number(m[2]) < 1 || Number(m[2]) > 31) throw MSG.smbiosDate();
    }
    const uuid = entry(child(sysinfo, 'system'), 'uuid');
    const domainUuid = childText(ctx.def, 'uuid');
    if (uuid !== undefined && domainUuid !== undefined && normalUuid(uuid) !== normalUuid(domainUuid)) throw MSG.smbiosUuid();
  }
}

/** Security labels: one per model, a model on each when there are several. */
export function checkSeclabels(ctx: ValidateContext): void {
  const labels = children(ctx.def, 'seclabel');
  const models = new Set<string>();
  for (const label of labels) {
    const model = attr(label, 'model');
    if (model === undefined) {
      if (labels.length > 1 && attr(label, 'type') !== 'none') throw MSG.seclabelNoModel();
      continue;
    }
    if (models.has(model)) throw MSG.seclabelDuplicate(model);
    models.add(model);
  }
  for (const disk of ctx.devices('disk')) {
    const own = children(child(disk, 'source'), 'seclabel');
    if (own.length < 2) continue;
    const seen = new Set<string>();
    for (const label of own) {
      const model = attr(label, 'model');
      if (model === undefined || seen.has(model)) throw MSG.seclabelNoModel();
      seen.add(model);
    }
  }
}
