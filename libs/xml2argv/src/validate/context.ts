import type { QemuCapabilities, QemuFlag } from '@virtkit/capabilities';
import { attr, child, list, type DomainJson, type JsonNode } from '../input/json.js';
import type { Runtime } from '../runtime.js';

/** What every check receives; the derived fields spare each area from recomputing them. */
export interface ValidateContext {
  readonly def: DomainJson;
  readonly caps: QemuCapabilities;
  readonly runtime: Runtime;
  /** Guest architecture (`<os><type arch>`, else the binary's). */
  readonly arch: string;
  /** Machine type as written, or the capabilities' default when absent; aliases are kept. */
  readonly machine: string;
  /** `kvm` or `qemu` (the domain's `type` attribute). */
  readonly virtType: string;
  /** True when the capabilities carry the flag: every decision is keyed on flags, never versions. */
  has(flag: string): boolean;
  /** Devices of one kind under `<devices>`, in document order (empty when none). */
  devices(kind: string): JsonNode[];
}

export function createValidateContext(def: DomainJson, caps: QemuCapabilities, runtime: Runtime): ValidateContext {
  const type = child(child(def, 'os'), 'type');
  const virtType = attr(def, 'type') ?? 'qemu';
  const accel = virtType === 'kvm' ? caps.kvm : caps.tcg;
  const devs = child(def, 'devices');
  return {
    def, caps, runtime, virtType,
    arch: attr(type, 'arch') ?? caps.arch,
    machine: attr(type, 'machine') ?? accel?.machines[0]?.name ?? '',
    has: (flag) => caps.flags.has(flag as QemuFlag),
    devices: (kind) => list(devs?.[kind]),
  };
}

// Machine families, by the names QEMU gives them (aliases and versioned names alike).
export const isX86Arch = (arch: string): boolean => arch === 'x86_64' || arch === 'i686';
export const isPpc64Arch = (arch: string): boolean => arch === 'ppc64' || arch === 'ppc64le';
export const isArmArch = (arch: string): boolean => arch === 'aarch64' || arch === 'armv7l' || arch === 'armv6l';
export const isS390Arch = (arch: string): boolean => arch === 's390' || arch === 's390x';
export const isRiscvArch = (arch: string): boolean => arch === 'riscv32' || arch === 'riscv64';
export const isQ35Machine = (m: string): boolean => m === 'q35' || m.startsWith('pc-q35');
export const isI440fxMachine = (m: string): boolean => m === 'pc' || m.startsWith('pc-i440fx') || m.startsWith('pc-0') || m.startsWith('pc-1');
export const isPseriesMachine = (m: string): boolean => m === 'pseries' || m.startsWith('pseries-');
export const isArmVirtMachine = (ctx: ValidateContext): boolean =>
  isArmArch(ctx.arch) && (ctx.machine === 'virt' || ctx.machine.startsWith('virt-'));
export const isRiscvVirtMachine = (ctx: ValidateContext): boolean => isRiscvArch(ctx.arch) && ctx.machine === 'virt';
