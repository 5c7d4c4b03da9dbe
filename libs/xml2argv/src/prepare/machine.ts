import type { AccelCapabilities, MachineType, QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';

/** The accelerator a domain type runs with (`kvm` → KVM, everything else → TCG). */
export function accelOf(def: DomainJson): 'kvm' | 'tcg' {
  return attr(def, 'type') === 'kvm' ? 'kvm' : 'tcg';
}

export function accelCaps(caps: QemuCapabilities, def: DomainJson): AccelCapabilities | undefined {
  return accelOf(def) === 'kvm' ? caps.kvm : caps.tcg;
}

/** The `<os><type>` node. */
export function osType(def: DomainJson): JsonNode | undefined {
  return child(child(def, 'os'), 'type');
}

export function machineName(def: DomainJson): string {
  return attr(osType(def), 'machine') ?? '';
}

export function guestArch(def: DomainJson, caps: QemuCapabilities): string {
  return attr(osType(def), 'arch') ?? caps.arch;
}

/** The machine type entry of the capabilities that the domain's machine names. */
export function machineInfo(def: DomainJson, caps: QemuCapabilities): MachineType | undefined {
  const name = machineName(def);
  return accelCaps(caps, def)?.machines.find((m) => m.name === name);
}

/**
 * Fills `<os><type machine>`: an alias (`pc`) becomes the versioned machine it stands for, a
 * missing machine becomes the preferred default of the capabilities.
 */
export function resolveMachine(def: DomainJson, caps: QemuCapabilities): void {
  const type = osType(def);
  if (!type) return;
  const machines = accelCaps(caps, def)?.machines ?? [];
  const given = attr(type, 'machine');
  if (given === undefined) {
    const dflt = machines[0];
    if (dflt) type.machine = dflt.name;
    return;
  }
  const target = machines.find((m) => m.alias === given);
  if (target) type.machine = target.name;
}

export const isQ35 = (machine: string): boolean => machine === 'q35' || machine.startsWith('pc-q35');
export const isI440fx = (machine: string): boolean =>
  machine === 'pc' || machine.startsWith('pc-i440fx') || machine.startsWith('pc-0') || machine.startsWith('pc-1') || machine === 'rhel' || machine.startsWith('pc-i440');
export const isX86 = (arch: string): boolean => arch === 'x86_64' || arch === 'i686';
