import { readFileSync } from 'node:fs';
import { parseXml, type XmlElement } from '@virtkit/xml';
import { CapsCode, CapsFormatError } from '../errors.js';
import { isQemuFlag, type QemuFlag } from '../flags.js';
import type {
  Accel, AccelCapabilities, CpuModel, CpuProperty, GicCapability, HostCpuExpansion, MachineType,
  QemuCapabilities, SevCapability, SgxCapability,
} from '../types.js';

export interface FromLibvirtXmlOptions {
  /** Name shown in errors. */
  readonly file?: string;
}

const kids = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => c.kind === 'element' && (name === undefined || c.name === name));

const textOf = (el: XmlElement): string =>
  el.children.map((c) => (c.kind === 'text' ? c.value : '')).join('');

const attr = (el: XmlElement, name: string): string | undefined => el.attributes.find((a) => a.name === name)?.value;

type Mutable = { -readonly [K in keyof AccelCapabilities]: AccelCapabilities[K] };

/**
 * Reads libvirt's `<qemuCaps>` document: the cache libvirt keeps per QEMU binary, and the
 * `caps_*.xml` files of libvirt's test suite. Pass the XML text, or a path with `{ path: true }`.
 *
 * @throws CapsFormatError (code 1101) when the document is not a qemuCaps document.
 */
export function fromLibvirtXml(text: string, options: FromLibvirtXmlOptions = {}): QemuCapabilities {
  const file = options.file;
  const fail = (message: string): never => {
    throw new CapsFormatError(CapsCode.BadCapsXml, message, file);
  };
  const root = parseXml(text, file === undefined ? {} : { file }).root;
  if (root.name !== 'qemuCaps') fail(`root element is <${root.name}>, expected <qemuCaps>`);
  const one = (name: string): string | undefined => {
    const el = kids(root, name)[0];
    return el ? textOf(el) : undefined;
  };
  const num = (raw: string | undefined, what: string): number => {
    if (raw === undefined || !/^-?\d+$/.test(raw.trim())) return fail(`<${what}> must be an integer, got '${raw ?? ''}'`);
    return Number(raw);
  };
  const yes = (el: XmlElement, name: string): boolean => attr(el, name) === 'yes';
  const tri = (el: XmlElement, name: string): boolean | undefined => {
    const v = attr(el, name);
    return v === undefined ? undefined : v === 'yes';
  };

  const flags = new Set<QemuFlag>();
  for (const el of kids(root, 'flag')) {
    const name = attr(el, 'name') ?? '';
    if (!isQemuFlag(name)) fail(`unknown capability flag '${name}'`);
    flags.add(name as QemuFlag);
  }

  const accels: Record<Accel, Mutable | undefined> = { kvm: undefined, tcg: undefined };
  const accelOf = (el: XmlElement): Mutable => {
    const type = attr(el, 'type');
    if (type !== 'kvm' && type !== 'tcg') return fail(`<${el.name}> has unsupported type '${type ?? ''}'`);
    return (accels[type] ??= { machines: [] });
  };

  for (const el of kids(root, 'hostCPU')) {
    const props: CpuProperty[] = kids(el, 'property').map((p) => {
      const name = attr(p, 'name') ?? '';
      const value = attr(p, 'value') ?? '';
      switch (attr(p, 'type')) {
        case 'boolean': {
          const m = tri(p, 'migratable');
          return { name, type: 'boolean', value: value === 'true', ...(m === undefined ? {} : { migratable: m }) };
        }
        case 'number': return { name, type: 'number', value: num(value, 'property') };
        case 'string': return { name, type: 'string', value };
        default: return fail(`hostCPU property '${name}' has unknown type`);
      }
    });
    const host: HostCpuExpansion = { model: attr(el, 'model') ?? '', migratability: yes(el, 'migratability'), props };
    accelOf(el).hostCpu = host;
  }
  for (const el of kids(root, 'cpu')) {
    const accel = accelOf(el);
    const typename = attr(el, 'typename');
    const usable = tri(el, 'usable');
    const model: CpuModel = {
      name: attr(el, 'name') ?? '',
      ...(typename === undefined ? {} : { typename }),
      ...(usable === undefined ? {} : { usable }),
      blockers: kids(el, 'blocker').map((b) => attr(b, 'name') ?? ''),
      deprecated: yes(el, 'deprecated'),
    };
    accel.cpuModels = [...(accel.cpuModels ?? []), model];
  }
  for (const el of kids(root, 'machine')) {
    const accel = accelOf(el);
    const opt = (name: string): string | undefined => attr(el, name);
    const acpi = tri(el, 'acpi');
    const machine: MachineType = {
      name: opt('name') ?? '',
      ...(opt('alias') === undefined ? {} : { alias: opt('alias')! }),
      hotplugCpus: yes(el, 'hotplugCpus'),
      maxCpus: num(opt('maxCpus') ?? '0', 'machine maxCpus'),
      isDefault: yes(el, 'default'),
      ...(opt('defaultCPU') === undefined ? {} : { defaultCPU: opt('defaultCPU')! }),
      numaMemSupported: yes(el, 'numaMemSupported'),
      ...(opt('defaultRAMid') === undefined ? {} : { defaultRAMid: opt('defaultRAMid')! }),
      deprecated: yes(el, 'deprecated'),
      ...(acpi === undefined ? {} : { acpi }),
    };
    accel.machines = [...accel.machines, machine];
  }

  const gic: GicCapability[] = kids(root, 'gic').map((el) => ({
    version: num(attr(el, 'version'), 'gic version'), kernel: yes(el, 'kernel'), emulated: yes(el, 'emulated'),
  }));

  let sev: SevCapability | undefined;
  const sevEl = kids(root, 'sev')[0];
  if (sevEl) {
    const field = (n: string): string | undefined => {
      const e = kids(sevEl, n)[0];
      return e ? textOf(e) : undefined;
    };
    const cpu0Id = field('cpu0Id');
    sev = {
      cbitpos: num(field('cbitpos'), 'cbitpos'), reducedPhysBits: num(field('reducedPhysBits'), 'reducedPhysBits'),
      pdh: field('pdh') ?? '', certChain: field('certChain') ?? '', ...(cpu0Id === undefined ? {} : { cpu0Id }),
    };
  }

  let sgx: SgxCapability | undefined;
  const sgxEl = kids(root, 'sgx')[0];
  if (sgxEl && attr(sgxEl, 'supported') === 'yes') {
    const flag = (n: string): boolean => {
      const e = kids(sgxEl, n)[0];
      return e !== undefined && textOf(e) === 'yes';
    };
    const sectionsEl = kids(sgxEl, 'sections')[0];
    const sizeEl = kids(sgxEl, 'section_size')[0];
    sgx = {
      flc: flag('flc'), sgx1: flag('sgx1'), sgx2: flag('sgx2'),
      sectionSize: num(sizeEl ? textOf(sizeEl) : undefined, 'section_size'),
      ...(sectionsEl ? {
        sections: kids(sectionsEl, 'section').map((s) => ({ node: num(attr(s, 'node'), 'section node'), size: num(attr(s, 'size'), 'section size') })),
      } : {}),
    };
  }

  const hvEl = kids(root, 'hypervCapabilities')[0];
  const hyperv = hvEl && attr(hvEl, 'supported') === 'yes' ? kids(hvEl, 'cap').map((c) => attr(c, 'name') ?? '') : undefined;

  const pkg = one('package');
  const emulator = one('emulator');
  const arch = one('arch');
  if (emulator === undefined) fail('missing <emulator>');
  if (arch === undefined) fail('missing <arch>');
  return {
    emulator: emulator!,
    qemuCtime: num(one('qemuctime') ?? '0', 'qemuctime'),
    selfCtime: num(one('selfctime') ?? '0', 'selfctime'),
    selfVersion: num(one('selfvers') ?? '0', 'selfvers'),
    version: num(one('version'), 'version'),
    kvmVersion: num(one('kvmVersion') ?? '0', 'kvmVersion'),
    microcodeVersion: num(one('microcodeVersion') ?? '0', 'microcodeVersion'),
    ...(pkg === undefined ? {} : { package: pkg }),
    arch: arch!,
    flags,
    ...(accels.kvm ? { kvm: accels.kvm } : {}),
    ...(accels.tcg ? { tcg: accels.tcg } : {}),
    gic,
    ...(sev ? { sev } : {}),
    ...(sgx ? { sgx } : {}),
    ...(hyperv ? { hyperv } : {}),
  };
}

/** Reads a `<qemuCaps>` file from disk (see fromLibvirtXml). */
export function fromLibvirtXmlFile(path: string): QemuCapabilities {
  return fromLibvirtXml(readFileSync(path, 'utf8'), { file: path });
}
