import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, childText, children, one, parseIntLoose, type DomainJson, type JsonNode } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';
import type { FirmwareLookup } from '../runtime.js';
import { effectiveDescriptors, globMatch, type FirmwareDescriptor } from './firmware-descriptor.js';
import { guestArch, machineName } from './machine.js';

// The descriptors name 32-bit x86 after QEMU's target, the domain after the CPU.
const DESCRIPTOR_ARCH: Record<string, string> = { i686: 'i386' };
const INTERFACE: Record<string, string> = { bios: 'bios', efi: 'uefi' };
// SEV policy bit that asks for encrypted register state (SEV-ES).
const SEV_POLICY_ES = 0x4;

/**
 * `<os firmware='bios|efi'>`: picks the first firmware descriptor that fits the guest (arch
 * and machine, interface, the features `<firmware>` asks for or forbids, the loader's wishes,
 * SMM, SEV) and writes what it describes into `<os>` as if it had been configured by hand:
 * a ROM for `-bios`, or pflash code (read-only) with its variable store. A firmware that
 * needs SMM turns SMM on and makes the pflash secure.
 */
export function selectFirmware(def: DomainJson, caps: QemuCapabilities, lookup: FirmwareLookup | undefined): void {
  const os = child(def, 'os');
  const kind = attr(os, 'firmware');
  if (!os || kind === undefined) return;
  if (!lookup) throw new Xml2ArgvError('not-implemented', 'firmware auto-selection without a firmware descriptor lookup');
  const arch = guestArch(def, caps);
  const machine = machineName(def);
  const chosen = effectiveDescriptors(lookup.descriptors()).find((d) => fits(d, def, os, kind, DESCRIPTOR_ARCH[arch] ?? arch, machine));
  if (!chosen) throw new Xml2ArgvError('operation-failed', `Unable to find any firmware to satisfy '${kind}'`);
  apply(chosen, def, os);
}

function fits(d: FirmwareDescriptor, def: DomainJson, os: JsonNode, kind: string, arch: string, machine: string): boolean {
  if (!d.interfaces.includes(INTERFACE[kind] ?? kind)) return false;
  if (!d.targets.some((t) => t.architecture === arch && t.machines.some((m) => globMatch(m, machine)))) return false;
  for (const f of children(child(os, 'firmware'), 'feature')) {
    const name = attr(f, 'name') ?? '';
    if ((attr(f, 'enabled') === 'yes') !== d.features.has(name)) return false;
  }
  const loader = one(os.loader);
  const loaderType = attr(loader, 'type');
  const m = d.mapping;
  if (m.device === 'memory') {
    if (loaderType === 'pflash') return false;
  } else if (m.device === 'flash') {
    if (loaderType === 'rom') return false;
    if (m.executable.format !== 'raw' || (m.nvramTemplate && m.nvramTemplate.format !== 'raw')) return false;
    // A stateless loader wants firmware without a variable store; otherwise code and variables come in two files.
    if (m.mode !== (attr(loader, 'stateless') === 'yes' ? 'stateless' : 'split')) return false;
  } else {
    return false;
  }
  const secureBoot = d.features.has('secure-boot');
  const needsSmm = d.features.has('requires-smm');
  if (attr(loader, 'secure') === 'yes' && !(secureBoot && needsSmm)) return false;
  if (needsSmm && attr(child(child(def, 'features'), 'smm'), 'state') === 'off') return false;
  const sec = child(def, 'launchSecurity');
  if (attr(sec, 'type') === 'sev') {
    if (!d.features.has('amd-sev')) return false;
    const policy = parseIntLoose(childText(sec, 'policy')?.trim() || '0');
    if ((policy & SEV_POLICY_ES) !== 0 && !d.features.has('amd-sev-es')) return false;
  }
  return true;
}

function apply(d: FirmwareDescriptor, def: DomainJson, os: JsonNode): void {
  const loader: JsonNode = { ...(one(os.loader) ?? {}) };
  const m = d.mapping;
  if (m.device === 'memory') {
    loader.type = 'rom';
    loader['#text'] = m.filename;
  } else if (m.device === 'flash') {
    loader.type = 'pflash';
    loader.readonly = 'yes';
    loader['#text'] = m.executable.filename;
    if (m.mode === 'split' && m.nvramTemplate) setNvramTemplate(os, m.nvramTemplate.filename);
  }
  if (d.features.has('requires-smm')) {
    loader.secure = 'yes';
    const features = child(def, 'features') ?? {};
    if (!child(features, 'smm')) features.smm = { state: 'on' };
    def.features = features;
  }
  os.loader = loader;
}

// The template libvirt copies a fresh variable store from; an existing store keeps its path.
function setNvramTemplate(os: JsonNode, template: string): void {
  const cur = os.nvram;
  if (cur === undefined) return;
  const node: JsonNode = typeof cur === 'object' && !Array.isArray(cur) ? { ...cur } : { '#text': String(cur) };
  node.template ??= template;
  os.nvram = node;
}
