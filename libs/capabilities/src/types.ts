import type { QemuFlag } from './flags.js';

/** Accelerators whose results are kept apart: KVM (hardware) and TCG (emulation). */
export type Accel = 'kvm' | 'tcg';

/** One machine type as `query-machines` reports it under one accelerator. */
export interface MachineType {
  /** Canonical (versioned) name, e.g. `pc-i440fx-7.2`. */
  readonly name: string;
  /** Short name resolving to this machine, e.g. `pc`. */
  readonly alias?: string;
  /** True when hot-plugging vCPUs works on this machine. */
  readonly hotplugCpus: boolean;
  readonly maxCpus: number;
  /** QEMU's own default machine (libvirt moves its preferred default to the front). */
  readonly isDefault: boolean;
  /** QOM type name of the machine's default CPU model (`qemu64-x86_64-cpu`). */
  readonly defaultCPU?: string;
  /** Guest NUMA nodes may still be given memory without a memory backend (`-numa node,mem=`). */
  readonly numaMemSupported: boolean;
  /** Id of the RAM region the machine creates by default (`pc.ram`). */
  readonly defaultRAMid?: string;
  readonly deprecated: boolean;
  /** Whether the machine has ACPI; undefined when QEMU does not say. */
  readonly acpi?: boolean;
}

/** One CPU model from `query-cpu-definitions`. */
export interface CpuModel {
  readonly name: string;
  /** QOM type (`Skylake-Client-x86_64-cpu`); absent from old QEMU replies. */
  readonly typename?: string;
  /** Whether the model runs on this host under this accelerator; undefined when unknown. */
  readonly usable?: boolean;
  /** Features missing on the host, named as libvirt names them. */
  readonly blockers: readonly string[];
  readonly deprecated: boolean;
  /** Another model name this one stands for, when QEMU reports one. */
  readonly alias?: string;
}

/** A property of the expanded host CPU model. */
export type CpuProperty =
  | { readonly name: string; readonly type: 'boolean'; readonly value: boolean; readonly migratable?: boolean }
  | { readonly name: string; readonly type: 'number'; readonly value: number }
  | { readonly name: string; readonly type: 'string'; readonly value: string };

/** The host CPU as QEMU expands it (`query-cpu-model-expansion` of `host` or `max`). */
export interface HostCpuExpansion {
  /** Base model name QEMU expanded to (`base`, `host`, `gen15a-base`). */
  readonly model: string;
  /** True when migratability of each feature was determined (x86 only). */
  readonly migratability: boolean;
  readonly props: readonly CpuProperty[];
}

/** Everything that depends on the accelerator the binary was started with. */
export interface AccelCapabilities {
  readonly hostCpu?: HostCpuExpansion;
  readonly cpuModels?: readonly CpuModel[];
  /** Machine types, libvirt's preferred default first. */
  readonly machines: readonly MachineType[];
}

/** ARM GIC support (`query-gic-capabilities`). */
export interface GicCapability {
  readonly version: number;
  readonly kernel: boolean;
  readonly emulated: boolean;
}

/** AMD SEV facts (`query-sev-capabilities`). */
export interface SevCapability {
  readonly cbitpos: number;
  readonly reducedPhysBits: number;
  readonly pdh: string;
  readonly certChain: string;
  readonly cpu0Id?: string;
  readonly maxGuests?: number;
  readonly maxESGuests?: number;
}

/** Intel SGX facts (`query-sgx-capabilities`). */
export interface SgxCapability {
  readonly flc: boolean;
  readonly sgx1: boolean;
  readonly sgx2: boolean;
  /** Total EPC size in KiB. */
  readonly sectionSize: number;
  readonly sections?: readonly { readonly node: number; readonly size: number }[];
}

/**
 * What one QEMU binary supports, in one typed object whatever its source: a live QMP probe,
 * a recorded QMP conversation, or libvirt's `<qemuCaps>` cache XML.
 */
export interface QemuCapabilities {
  /** Path of the binary. */
  readonly emulator: string;
  /** Binary ctime and libvirt's own ctime/version as libvirt's cache records them (0 in tests). */
  readonly qemuCtime: number;
  readonly selfCtime: number;
  readonly selfVersion: number;
  /** Version as one number: major * 1000000 + minor * 1000 + micro (7.2.0 -> 7002000). */
  readonly version: number;
  readonly kvmVersion: number;
  readonly microcodeVersion: number;
  /** Distribution's package string (`Debian 1:7.2+dfsg-7`); may be empty, absent when unknown. */
  readonly package?: string;
  /** libvirt's architecture name of the target (`x86_64`, `aarch64`, `ppc64`, `s390x`...). */
  readonly arch: string;
  readonly flags: ReadonlySet<QemuFlag>;
  readonly kvm?: AccelCapabilities;
  readonly tcg?: AccelCapabilities;
  readonly gic: readonly GicCapability[];
  readonly sev?: SevCapability;
  readonly sgx?: SgxCapability;
  /** Hyper-V enlightenments KVM can offer, libvirt's names (`relaxed`, `vapic`...). */
  readonly hyperv?: readonly string[];
  /** Facts the argv builder needs beyond flags; present when derived from QMP (probe or replay). */
  readonly qmp?: QmpFacts;
}

/** Raw-but-useful facts kept from a QMP conversation. */
export interface QmpFacts {
  /** Commands the binary accepts (from `query-qmp-schema`). */
  readonly commands: readonly string[];
  /** Device and object type names (`qom-list-types`). */
  readonly types: readonly string[];
  /** Properties per probed device type (`device-list-properties`). */
  readonly deviceProps: Readonly<Record<string, readonly string[]>>;
  /** Properties per probed object type (`qom-list-properties`). */
  readonly objectProps: Readonly<Record<string, readonly string[]>>;
  /** Options of `query-command-line-options`, each with its parameter names. */
  readonly commandLine: Readonly<Record<string, readonly string[]>>;
  readonly migrationCapabilities: readonly string[];
  readonly tpmModels: readonly string[];
  readonly tpmTypes: readonly string[];
}

/** A problem found while reading or probing, as data. Codes: see `CapsCode`. */
export interface CapsDiagnostic {
  readonly code: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly path?: string;
}
