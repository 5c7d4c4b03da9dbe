import { CapsCode, CapsFormatError } from '../errors.js';
import { RETIRED_FLAGS, type QemuFlag } from '../flags.js';
import type { QmpSession } from '../qmp/session.js';
import type { AccelCapabilities, GicCapability, MachineType, QemuCapabilities, SevCapability, SgxCapability } from '../types.js';
import { fetchCpuModels, probeHostCpu } from './cpu.js';
import {
  ARCH_FLAGS, COMMAND_FLAGS, COMMAND_LINE_RULES, DEVICE_PROP_RULES, MACHINE_PROP_RULES, MIGRATION_CAPABILITY_FLAGS,
  OBJECT_PROP_RULES, PREFERRED_MACHINE, SCHEMA_FLAGS, TPM_MODEL_FLAGS, TPM_TYPE_FLAGS, TYPE_FLAGS,
} from './rules.js';
import { QmpSchema, type SchemaEntry } from './schema-query.js';

/** The oldest QEMU libvirt 9.0 drives. */
const MIN_VERSION = 4002000;

/** QEMU target names that differ from libvirt's architecture names. */
const ARCH_ALIASES: Readonly<Record<string, string>> = { i386: 'i686', arm: 'armv7l' };

export interface Draft {
  binary: string;
  version: number;
  package?: string;
  arch: string;
  flags: Set<QemuFlag>;
  kvm?: AccelCapabilities;
  tcg?: AccelCapabilities;
  gic: GicCapability[];
  sev?: SevCapability;
  sgx?: SgxCapability;
  hyperv?: string[];
  facts: {
    commands: string[]; types: string[]; deviceProps: Record<string, string[]>; objectProps: Record<string, string[]>;
    commandLine: Record<string, string[]>; migrationCapabilities: string[]; tpmModels: string[]; tpmTypes: string[];
  };
}

/** Thrown when a reply the derivation cannot do without is an error. */
export class RequiredReplyError extends Error {
  constructor(readonly command: string, readonly detail: string) {
    super(`QMP command '${command}' failed: ${detail}`);
  }
}

async function required(session: QmpSession, command: string, args?: Record<string, unknown>): Promise<unknown> {
  const r = await session.execute(command, args);
  if (!r.ok) throw new RequiredReplyError(command, `${r.errorClass}: ${r.desc}`);
  return r.value;
}

async function names(session: QmpSession, command: string, args: Record<string, unknown>): Promise<string[]> {
  const r = await session.execute(command, args);
  return r.ok && Array.isArray(r.value) ? (r.value as { name: string }[]).map((p) => p.name) : [];
}

async function probeMachines(session: QmpSession, arch: string): Promise<MachineType[]> {
  const list = (await required(session, 'query-machines')) as Record<string, unknown>[];
  const machines: MachineType[] = [];
  for (const m of list) {
    if (m.name === 'none') continue;
    machines.push({
      name: String(m.name),
      ...(typeof m.alias === 'string' ? { alias: m.alias } : {}),
      hotplugCpus: m['hotpluggable-cpus'] === true,
      maxCpus: typeof m['cpu-max'] === 'number' ? m['cpu-max'] : 0,
      isDefault: m['is-default'] === true,
      ...(typeof m['default-cpu-type'] === 'string' ? { defaultCPU: m['default-cpu-type'] } : {}),
      numaMemSupported: m['numa-mem-supported'] === true,
      ...(typeof m['default-ram-id'] === 'string' ? { defaultRAMid: m['default-ram-id'] } : {}),
      deprecated: m.deprecated === true,
      ...(typeof m.acpi === 'boolean' ? { acpi: m.acpi } : {}),
    });
  }
  // libvirt's own historical default wins over QEMU's, so that a QEMU changing its default does
  // not change what a domain without a machine type gets.
  const preferred = PREFERRED_MACHINE[arch];
  let first = preferred === undefined ? -1 : machines.findIndex((m) => m.alias === preferred || m.name === preferred);
  if (first < 0) first = machines.findIndex((m) => m.isDefault);
  if (first > 0) machines.unshift(...machines.splice(first, 1));
  return machines;
}

/**
 * The first (and, without an accelerator, only) probe pass: everything libvirt learns from a QEMU
 * started with its preferred accelerator.
 */
export async function deriveMainPass(session: QmpSession, binary: string): Promise<Draft> {
  const ver = (await required(session, 'query-version')) as { qemu: { major: number; minor: number; micro: number }; package?: string };
  const version = ver.qemu.major * 1000000 + ver.qemu.minor * 1000 + ver.qemu.micro;
  if (version < MIN_VERSION) throw new RequiredReplyError('query-version', `QEMU ${ver.qemu.major}.${ver.qemu.minor}.${ver.qemu.micro} is older than 4.2.0`);
  const target = ((await required(session, 'query-target')) as { arch: string }).arch;
  const arch = ARCH_ALIASES[target] ?? target;
  const flags = new Set<QemuFlag>(ARCH_FLAGS[arch] ?? []);
  if (version < 5002000) flags.add('enable-fips');

  const schema = new QmpSchema((await required(session, 'query-qmp-schema')) as SchemaEntry[]);
  for (const [path, flag] of SCHEMA_FLAGS) if (schema.has(path)) flags.add(flag);
  for (const [command, flag] of COMMAND_FLAGS) if (schema.get(command)?.['meta-type'] === 'command') flags.add(flag);

  const kvm = (await required(session, 'query-kvm')) as { enabled?: boolean; present?: boolean };
  if (kvm.enabled && kvm.present) flags.add('kvm');

  const types = ((await required(session, 'qom-list-types')) as { name: string }[]).map((t) => t.name);
  const typeSet = new Set(types);
  for (const [type, flag] of TYPE_FLAGS) if (typeSet.has(type)) flags.add(flag);

  const deviceProps: Record<string, string[]> = {};
  for (const rule of DEVICE_PROP_RULES) {
    if (rule.when && !flags.has(rule.when)) continue;
    const r = await session.execute('device-list-properties', { typename: rule.device });
    const props = r.ok && Array.isArray(r.value) ? (r.value as { name: string; 'default-value'?: unknown }[]) : [];
    deviceProps[rule.device] = props.map((p) => p.name);
    for (const [prop, flag] of rule.props) {
      const found = props.find((p) => p.name === prop);
      if (!found) continue;
      flags.add(flag);
      if (flag === 'virtio-blk-pci.scsi' && found['default-value'] === false) flags.add('virtio-blk-pci.scsi.default.disabled');
    }
  }
  const objectProps: Record<string, string[]> = {};
  for (const rule of OBJECT_PROP_RULES) {
    if (rule.when && !flags.has(rule.when)) continue;
    const props = await names(session, 'qom-list-properties', { typename: rule.device });
    objectProps[rule.device] = props;
    for (const [prop, flag] of rule.props) if (props.includes(prop)) flags.add(flag);
  }

  const accel: 'kvm' | 'tcg' = flags.has('kvm') ? 'kvm' : 'tcg';
  const machines = await probeMachines(session, arch);
  for (const rule of MACHINE_PROP_RULES) {
    const canonical = machines.find((m) => m.alias === rule.device)?.name ?? rule.device;
    if (canonical !== 'none' && !machines.some((m) => m.name === canonical)) continue;
    const props = await names(session, 'qom-list-properties', { typename: `${canonical}-machine` });
    objectProps[`${canonical}-machine`] = props;
    for (const [prop, flag] of rule.props) if (props.includes(prop)) flags.add(flag);
  }

  const cpuModels = flags.has('query-cpu-definitions') ? await fetchCpuModels(session, arch) : undefined;
  if (cpuModels?.some((c) => c.name === 'max')) flags.add('cpu-max');

  const tpmModels = valueList(await session.execute('query-tpm-models'));
  for (const [model, flag] of TPM_MODEL_FLAGS) if (tpmModels.includes(model)) flags.add(flag);
  const tpmTypes = valueList(await session.execute('query-tpm-types'));
  for (const [type, flag] of TPM_TYPE_FLAGS) if (tpmTypes.includes(type)) flags.add(flag);

  const options = (await required(session, 'query-command-line-options')) as { option: string; parameters: { name: string }[] }[];
  const commandLine: Record<string, string[]> = {};
  for (const o of options) commandLine[o.option] = [...(commandLine[o.option] ?? []), ...o.parameters.map((p) => p.name)];
  for (const rule of COMMAND_LINE_RULES) {
    const params = commandLine[rule.option];
    if (params && (rule.param === undefined || params.includes(rule.param))) flags.add(rule.flag);
  }

  const migration = await session.execute('query-migrate-capabilities');
  const migrationCapabilities = migration.ok ? (migration.value as { capability: string }[]).map((c) => c.capability) : [];
  for (const [cap, flag] of MIGRATION_CAPABILITY_FLAGS) if (migrationCapabilities.includes(cap)) flags.add(flag);

  let gic: GicCapability[] = [];
  if (arch === 'aarch64' || arch === 'armv6l' || arch === 'armv7l') {
    const r = await session.execute('query-gic-capabilities');
    if (r.ok) gic = (r.value as GicCapability[]).map((g) => ({ version: g.version, kernel: g.kernel, emulated: g.emulated }));
  }
  const sev = flags.has('sev-guest') ? await probeSev(session) : undefined;
  if (!sev) flags.delete('sev-guest');
  const sgx = flags.has('sgx-epc') ? await probeSgx(session) : undefined;
  if (!sgx) flags.delete('sgx-epc');

  // Flags that follow from other flags rather than from a reply of their own.
  if (flags.has('cpu-unavailable-features')) flags.add('canonical-cpu-features');
  // 'esp' is only built into these machines; as a type it is listed everywhere, so the arch decides.
  if (arch === 'sparc' || arch === 'm68k' || arch === 'mips') flags.add('ncr53c90');
  if (flags.has('blockdev-reopen') && flags.has('migration-param.block-bitmap-mapping')) flags.add('incremental-backup');
  if (flags.has('object.qapified')) flags.add('compat-deprecated');
  // Where '-machine hpet=' exists, libvirt uses it instead of the deprecated '-no-hpet'.
  if (flags.has('machine-hpet')) flags.delete('no-hpet');

  const host = flags.has('query-cpu-model-expansion') ? await probeHostCpu(session, arch, accel === 'kvm') : {};
  for (const flag of [...flags]) if (RETIRED_FLAGS.has(flag)) flags.delete(flag);

  const draft: Draft = {
    binary, version, arch, flags, gic,
    ...(ver.package === undefined ? {} : { package: ver.package }),
    ...(sev ? { sev } : {}), ...(sgx ? { sgx } : {}), ...(host.hyperv ? { hyperv: host.hyperv } : {}),
    facts: {
      commands: schema.commands(), types, deviceProps, objectProps, commandLine, migrationCapabilities, tpmModels, tpmTypes,
    },
  };
  draft[accel] = { machines, ...(cpuModels ? { cpuModels } : {}), ...(host.hostCpu ? { hostCpu: host.hostCpu } : {}) };
  return draft;
}

/** True when libvirt would start the binary a second time, without KVM, to learn TCG's view. */
export function needsTcgPass(draft: Draft): boolean {
  return draft.flags.has('kvm') && draft.flags.has('tcg');
}

/** The second pass, on a binary started with `-accel tcg`. */
export async function deriveTcgPass(session: QmpSession, draft: Draft): Promise<void> {
  const cpuModels = draft.flags.has('query-cpu-definitions') ? await fetchCpuModels(session, draft.arch) : undefined;
  const host = draft.flags.has('query-cpu-model-expansion') ? await probeHostCpu(session, draft.arch, false) : {};
  const machines = await probeMachines(session, draft.arch);
  draft.tcg = { machines, ...(cpuModels ? { cpuModels } : {}), ...(host.hostCpu ? { hostCpu: host.hostCpu } : {}) };
}

export interface FinishOptions {
  readonly qemuCtime?: number;
  readonly microcodeVersion?: number;
}

/** Freezes a draft into the public result type. */
export function finishDraft(d: Draft, options: FinishOptions = {}): QemuCapabilities {
  return {
    emulator: d.binary, qemuCtime: options.qemuCtime ?? 0, selfCtime: 0, selfVersion: 0,
    version: d.version, kvmVersion: 0, microcodeVersion: options.microcodeVersion ?? 0,
    ...(d.package === undefined ? {} : { package: d.package }),
    arch: d.arch, flags: d.flags,
    ...(d.kvm ? { kvm: d.kvm } : {}), ...(d.tcg ? { tcg: d.tcg } : {}),
    gic: d.gic, ...(d.sev ? { sev: d.sev } : {}), ...(d.sgx ? { sgx: d.sgx } : {}),
    ...(d.hyperv ? { hyperv: d.hyperv } : {}),
    qmp: d.facts,
  };
}

function valueList(r: { ok: boolean; value?: unknown }): string[] {
  return r.ok && Array.isArray(r.value) ? (r.value as unknown[]).map(String) : [];
}

async function probeSev(session: QmpSession): Promise<SevCapability | undefined> {
  const r = await session.execute('query-sev-capabilities');
  if (!r.ok) return undefined;
  const v = r.value as Record<string, unknown>;
  return {
    cbitpos: Number(v.cbitpos), reducedPhysBits: Number(v['reduced-phys-bits']),
    pdh: String(v.pdh ?? ''), certChain: String(v['cert-chain'] ?? ''),
    ...(typeof v['cpu0-id'] === 'string' ? { cpu0Id: v['cpu0-id'] } : {}),
  };
}

async function probeSgx(session: QmpSession): Promise<SgxCapability | undefined> {
  const r = await session.execute('query-sgx-capabilities');
  if (!r.ok) return undefined;
  const v = r.value as { flc?: boolean; sgx1?: boolean; sgx2?: boolean; 'section-size'?: number; sections?: { node: number; size: number }[] };
  // QEMU reports bytes; libvirt keeps KiB.
  return {
    flc: v.flc === true, sgx1: v.sgx1 === true, sgx2: v.sgx2 === true,
    sectionSize: Math.floor((v['section-size'] ?? 0) / 1024),
    ...(v.sections ? { sections: v.sections.map((s) => ({ node: s.node, size: Math.floor(s.size / 1024) })) } : {}),
  };
}

