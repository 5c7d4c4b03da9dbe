import type { QemuCapabilities, QemuFlag } from '@virtkit/capabilities';
import { attr, child, children, type DomainJson } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';

/** `<qemu:capabilities>` adds or removes capability flags for this domain only. */
export function applyCapabilityOverrides(def: DomainJson, caps: QemuCapabilities): QemuCapabilities {
  const overrides = child(def, 'qemu:capabilities');
  if (!overrides) return caps;
  const flags = new Set(caps.flags);
  for (const a of children(overrides, 'qemu:add')) flags.add(attr(a, 'capability') as QemuFlag);
  for (const d of children(overrides, 'qemu:del')) flags.delete(attr(d, 'capability') as QemuFlag);
  return { ...caps, flags };
}

/** Environment variables from `<qemu:commandline>`, after libvirt's own. */
export function buildNamespaceEnv(ctx: BuildContext): void {
  for (const e of children(child(ctx.def, 'qemu:commandline'), 'qemu:env')) ctx.cmd.setEnv(attr(e, 'name') ?? '', attr(e, 'value') ?? '');
}

/** Extra arguments from `<qemu:commandline>`, passed through verbatim (the user's responsibility). */
export function buildNamespaceArgs(ctx: BuildContext): void {
  if (child(ctx.def, 'qemu:override') || child(ctx.def, 'qemu:deprecation')) throw new Xml2ArgvError('not-implemented', 'QEMU device overrides and deprecation behaviour');
  for (const a of children(child(ctx.def, 'qemu:commandline'), 'qemu:arg')) ctx.cmd.argv.push(attr(a, 'value') ?? '');
}
