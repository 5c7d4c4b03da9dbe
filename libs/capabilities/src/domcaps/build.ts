import type { QemuFlag } from '../flags.js';
import type { AccelCapabilities, MachineType, QemuCapabilities } from '../types.js';
import { firmwareSupport, type FirmwareDescriptor } from './firmware.js';

/** One `<enum name=...>` of domain capabilities: the values a domain XML attribute may take. */
export interface CapsEnum {
  readonly name: string;
  readonly values: readonly string[];
}

/** A device or feature block: supported or not, with its enums. */
export interface CapsBlock {
  readonly supported: boolean;
  readonly enums: readonly CapsEnum[];
}

export interface CustomCpuModel {
  readonly name: string;
  readonly usable: 'yes' | 'no' | 'unknown';
  readonly deprecated: boolean;
}

/** What `virsh domcapabilities` reports for one emulator, arch, machine and virt type. */
export interface DomainCapabilities {
  readonly path: string;
  readonly domain: 'kvm' | 'qemu';
  readonly machine: string;
  readonly arch: string;
  readonly maxVcpus: number;
  readonly iothreads: boolean;
  readonly os: { readonly firmware: readonly string[]; readonly loaders: readonly string[]; readonly loaderEnums: readonly CapsEnum[] };
  readonly cpu: {
    readonly hostPassthrough: CapsBlock;
    readonly maximum: CapsBlock;
    /** Whether a host-model CPU can be offered; the decoded model itself is not computed here. */
    readonly hostModel: boolean;
    readonly custom: readonly CustomCpuModel[];
  };
  readonly memoryBacking: CapsBlock;
  readonly devices: readonly (CapsBlock & { readonly name: string })[];
  readonly features: DomainFeatures;
}

export interface DomainFeatures {
  readonly gic: { readonly supported: boolean; readonly versions: readonly number[] };
  readonly vmcoreinfo: boolean;
  readonly genid: boolean;
  readonly backingStoreInput: boolean;
  readonly backup: boolean;
  readonly s390Pv?: boolean;
  readonly sev?: { readonly cbitpos: number; readonly reducedPhysBits: number; readonly maxGuests: number; readonly maxESGuests: number };
  readonly sgx?: QemuCapabilities['sgx'];
  readonly hyperv?: readonly string[];
}

export interface DomainCapabilitiesOptions {
  /** Machine type or alias; default: the emulator's default machine. */
  readonly machine?: string;
  /** Guest architecture; default and only supported value: the emulator's. */
  readonly arch?: string;
  /** `kvm` (default when KVM was usable at probe time) or `qemu` (TCG). */
  readonly virttype?: 'kvm' | 'qemu';
  /** Path to report instead of the probed one. */
  readonly emulatorPath?: string;
  readonly firmware?: {
    /** Firmware images usable as `<loader>` (libvirt's `nvram` setting); default none. */
    readonly loaders?: readonly string[];
    /** QEMU firmware descriptors (docs/interop/firmware.json), e.g. from readFirmwareDescriptors. */
    readonly descriptors?: readonly FirmwareDescriptor[];
  };
  /** TPM versions the host's swtpm supports (`swtpm_setup --print-capabilities`); default none. */
  readonly tpmVersions?: readonly ('1.2' | '2.0')[];
  /** SEV guest slots of the host (from CPUID 0x8000001F); reported with SEV support. */
  readonly sevGuests?: { readonly maxGuests: number; readonly maxESGuests: number };
}

/** Thrown for an arch, machine or virt type the emulator does not offer. */
export class DomainCapsError extends Error {
  override readonly name = 'DomainCapsError';
}

/** x86 models QEMU offers but libvirt 9.0's CPU map does not describe, so libvirt hides them. */
const X86_MODELS_UNKNOWN_TO_LIBVIRT = new Set(['Denverton', 'KnightsMill', 'max', 'base']);

const e = (name: string, values: readonly (string | false | undefined)[]): CapsEnum =>
  ({ name, values: values.filter((v): v is string => typeof v === 'string') });
const block = (supported: boolean, enums: readonly CapsEnum[] = []): CapsBlock => ({ supported, enums });

function customModels(arch: string, accel: AccelCapabilities): CustomCpuModel[] {
  const x86 = arch === 'x86_64' || arch === 'i686';
  // Versioned aliases (Skylake-Client-v2) are QEMU's own; libvirt offers the named models only.
  // 'host' is a mode of its own (host-passthrough), never a custom model.
  const models = (accel.cpuModels ?? []).filter((m) => m.name !== 'host' && (!x86 || (!/-v\d+$/.test(m.name) && !X86_MODELS_UNKNOWN_TO_LIBVIRT.has(m.name))));
  return models.map((m) => ({
    name: m.name, usable: m.usable === undefined ? 'unknown' : m.usable ? 'yes' : 'no', deprecated: m.deprecated,
  }));
}

/**
 * Computes domain capabilities (libvirt's `<domainCapabilities>`) from a binary's capabilities:
 * which domain XML constructs this emulator accepts for one machine type and virt type.
 */
export function domainCapabilities(caps: QemuCapabilities, options: DomainCapabilitiesOptions = {}): DomainCapabilities {
  const has = (f: QemuFlag): boolean => caps.flags.has(f);
  const arch = options.arch ?? caps.arch;
  if (arch !== caps.arch && !(caps.arch === 'x86_64' && arch === 'i686')) {
    throw new DomainCapsError(`emulator ${caps.emulator} does not support arch '${arch}'`);
  }
  const virttype = options.virttype ?? (has('kvm') ? 'kvm' : 'qemu');
  if (virttype === 'kvm' ? !has('kvm') : !has('tcg')) throw new DomainCapsError(`virt type '${virttype}' is not supported by ${caps.emulator}`);
  const accel = (virttype === 'kvm' ? caps.kvm : caps.tcg) ?? { machines: [] };
  const machine = pickMachine(accel.machines, options.machine);
  if (!machine) throw new DomainCapsError(`machine type '${options.machine ?? '(default)'}' is not supported by ${caps.emulator}`);
  const isQ35 = machine.name.startsWith('pc-q35') || machine.name === 'q35';
  const isI440fx = machine.name.startsWith('pc-i440fx') || machine.name === 'pc' || machine.name.startsWith('pc-') && !isQ35;
  const x86 = arch === 'x86_64' || arch === 'i686';

  const fw = firmwareSupport(options.firmware?.descriptors ?? [], arch, machine.name);
  const loaders = options.firmware?.loaders ?? [];
  const migratable = ['on', 'off'];
  const virtioModels = (base: boolean): string[] =>
    base ? ['virtio', ...(has('virtio-pci-non-transitional') ? ['virtio-transitional', 'virtio-non-transitional'] : [])] : [];

  const devices: (CapsBlock & { name: string })[] = [
    { name: 'disk', ...block(true, [
      e('diskDevice', ['disk', 'cdrom', 'floppy', 'lun']),
      e('bus', [isI440fx && 'ide', 'fdc', 'scsi', 'virtio', 'usb', has('ich9-ahci') && 'sata']),
      e('model', virtioModels(true)),
    ]) },
    { name: 'graphics', ...block(true, [e('type', [has('sdl') && 'sdl', has('vnc') && 'vnc', has('spice') && 'spice', has('egl-headless') && 'egl-headless', has('display-dbus') && 'dbus'])]) },
    { name: 'video', ...block(true, [e('modelType', [
      has('VGA') && 'vga', has('cirrus-vga') && 'cirrus', has('vmware-svga') && 'vmvga', has('qxl') && 'qxl',
      has('virtio-gpu') && 'virtio', 'none', has('bochs-display') && 'bochs', has('ramfb') && 'ramfb',
    ])]) },
    { name: 'hostdev', ...block(true, [
      e('mode', ['subsystem']), e('startupPolicy', ['default', 'mandatory', 'requisite', 'optional']),
      e('subsysType', ['usb', 'pci', 'scsi']), e('capsType', []),
      e('pciBackend', has('vfio-pci') ? ['default', 'vfio'] : ['default']),
    ]) },
    { name: 'rng', ...block(has('virtio-rng'), [
      e('model', virtioModels(has('virtio-rng'))),
      e('backendModel', [has('rng-random') && 'random', has('rng-egd') && 'egd', has('rng-builtin') && 'builtin']),
    ]) },
    { name: 'filesystem', ...block(true, [e('driverType', ['path', 'handle', has('vhost-user-fs') && 'virtiofs'])]) },
    { name: 'tpm', ...block(has('tpm-tis') || has('tpm-crb') || has('tpm-spapr'), [
      e('model', [has('tpm-tis') && 'tpm-tis', has('tpm-crb') && 'tpm-crb', has('tpm-spapr') && 'tpm-spapr']),
      e('backendModel', [has('tpm-passthrough') && 'passthrough', has('tpm-emulator') && 'emulator', has('tpm-emulator') && 'external']),
      e('backendVersion', options.tpmVersions ?? []),
    ]) },
    { name: 'redirdev', ...block(has('usb-redir'), [e('bus', ['usb'])]) },
    { name: 'channel', ...block(true, [e('type', ['pty', 'unix', has('spice') && 'spicevmc'])]) },
  ];

  const sev = has('sev-guest') && caps.sev
    ? { cbitpos: caps.sev.cbitpos, reducedPhysBits: caps.sev.reducedPhysBits, maxGuests: options.sevGuests?.maxGuests ?? 0, maxESGuests: options.sevGuests?.maxESGuests ?? 0 }
    : undefined;
  const isArm = arch === 'aarch64' || arch.startsWith('armv');
  return {
    path: options.emulatorPath ?? caps.emulator,
    domain: virttype,
    machine: machine.name,
    arch,
    maxVcpus: machine.maxCpus,
    iothreads: has('iothread'),
    os: {
      firmware: fw.types,
      loaders,
      loaderEnums: [e('type', ['rom', 'pflash']), e('readonly', ['yes', 'no']), e('secure', [fw.secure && 'yes', 'no'])],
    },
    cpu: {
      // Turning migratability on needs QEMU's 'migratable' CPU property; off is always possible.
      hostPassthrough: block(virttype === 'kvm', [e('hostPassthroughMigratable', [has('cpu.migratable') && 'on', 'off'])]),
      maximum: block(has('cpu-max'), [e('maximumMigratable', migratable)]),
      // libvirt derives a host-model CPU from QEMU's expansion on x86 and s390 only.
      hostModel: accel.hostCpu !== undefined && (x86 || arch === 's390x'),
      custom: customModels(arch, accel),
    },
    memoryBacking: block(true, [e('sourceType', ['file', 'anonymous', has('memory-backend-memfd') && 'memfd'])]),
    devices,
    features: {
      gic: gicFeature(isArm, virttype, caps),
      vmcoreinfo: has('vmcoreinfo'),
      genid: has('vmgenid'),
      backingStoreInput: true,
      backup: has('incremental-backup'),
      ...(arch === 's390x' ? { s390Pv: has('s390-pv-guest') } : {}),
      ...(sev ? { sev } : {}),
      ...(caps.sgx && has('sgx-epc') ? { sgx: caps.sgx } : {}),
      ...(caps.hyperv ? { hyperv: caps.hyperv } : {}),
    },
  };
}

/** GIC versions usable under KVM are those the kernel provides; under TCG, those QEMU emulates. */
function gicFeature(isArm: boolean, virttype: 'kvm' | 'qemu', caps: QemuCapabilities): DomainFeatures['gic'] {
  const versions = caps.gic.filter((g) => (virttype === 'kvm' ? g.kernel : g.emulated)).map((g) => g.version);
  return { supported: isArm && versions.length > 0, versions };
}

function pickMachine(machines: readonly MachineType[], wanted: string | undefined): MachineType | undefined {
  if (wanted === undefined) return machines[0];
  return machines.find((m) => m.alias === wanted) ?? machines.find((m) => m.name === wanted);
}
