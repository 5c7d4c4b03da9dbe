import type { AccelCapabilities, CpuModel, GicCapability, MachineType, QemuCapabilities, QemuFlag } from '@virtkit/capabilities';

// The emulators and machine types libvirt's test harness registers for fake capabilities.
const FAKE_MACHINES: Record<string, { emulator: string; tcg: string[]; kvm: string[] }> = {
  i686: { emulator: '/usr/bin/qemu-system-i386', tcg: ['pc'], kvm: ['pc'] },
  x86_64: { emulator: '/usr/bin/qemu-system-x86_64', tcg: ['pc', 'q35'], kvm: ['pc', 'q35'] },
  aarch64: { emulator: '/usr/bin/qemu-system-aarch64', tcg: ['virt', 'virt-2.6', 'versatilepb'], kvm: ['virt', 'virt-2.6', 'versatilepb'] },
  armv7l: { emulator: '/usr/bin/qemu-system-arm', tcg: ['vexpress-a9', 'virt'], kvm: ['vexpress-a9', 'virt'] },
  ppc64: { emulator: '/usr/bin/qemu-system-ppc64', tcg: ['pseries'], kvm: ['pseries'] },
  ppc: { emulator: '/usr/bin/qemu-system-ppc', tcg: ['ppce500'], kvm: ['ppce500'] },
  riscv32: { emulator: '/usr/bin/qemu-system-riscv32', tcg: ['virt'], kvm: ['virt'] },
  riscv64: { emulator: '/usr/bin/qemu-system-riscv64', tcg: ['virt'], kvm: ['virt'] },
  s390x: { emulator: '/usr/bin/qemu-system-s390x', tcg: ['s390-ccw-virtio'], kvm: ['s390-ccw-virtio'] },
  sparc: { emulator: '/usr/bin/qemu-system-sparc', tcg: ['SS-5'], kvm: [] },
};

const X86_MODELS = ['Opteron_G3', 'Opteron_G2', 'Opteron_G1', 'Nehalem', 'Penryn', 'Conroe', 'Haswell-noTSX', 'Haswell'];
const X86_LEGACY = ['n270', 'athlon', 'pentium3', 'pentium2', 'pentium', '486', 'coreduo', 'kvm32', 'qemu32', 'kvm64', 'core2duo', 'phenom', 'qemu64'];
const CPU_MODELS: Record<string, string[]> = {
  aarch64: ['cortex-a9', 'cortex-a8', 'cortex-a57', 'cortex-a53'], armv7l: ['cortex-a9', 'cortex-a8', 'cortex-a57', 'cortex-a53'],
  ppc64: ['POWER8', 'POWER7'], s390x: ['z990', 'zEC12', 'z13'],
};

/**
 * A capability object like the one libvirt's harness builds for `caps: "fake"` entries:
 * QEMU version 0, the listed flags plus the implicit ones, fake machine types and CPU models.
 */
export function fakeCapabilities(arch: string, flags: readonly string[], options: { skipLegacyCpus?: boolean; gic?: string } = {}): QemuCapabilities {
  const table = FAKE_MACHINES[arch === 'ppc64le' ? 'ppc64' : arch === 'armv6l' ? 'armv7l' : arch] ?? FAKE_MACHINES.x86_64!;
  const x86 = arch === 'x86_64' || arch === 'i686';
  const modelNames = x86 ? [...X86_MODELS, ...(options.skipLegacyCpus ? [] : X86_LEGACY)] : CPU_MODELS[arch] ?? [];
  const cpuModels: CpuModel[] = modelNames.map((name) => ({ name, blockers: [], deprecated: false }));
  const machine = (name: string): MachineType => ({ name, hotplugCpus: false, maxCpus: 255, isDefault: false, numaMemSupported: true, deprecated: false });
  const accel = (names: string[], models: CpuModel[]): AccelCapabilities => ({ machines: names.map(machine), cpuModels: models });
  return {
    emulator: table.emulator, qemuCtime: 0, selfCtime: 0, selfVersion: 0, version: 0, kvmVersion: 0, microcodeVersion: 0,
    arch, flags: new Set(flags as QemuFlag[]),
    tcg: accel(table.tcg, cpuModels),
    kvm: accel(table.kvm, arch === 's390x' || x86 || CPU_MODELS[arch] ? cpuModels : []),
    gic: fakeGic(options.gic),
  };
}

/** The GIC versions the harness's `ARG_GIC` makes the host kernel and QEMU offer. */
function fakeGic(which: string | undefined): GicCapability[] {
  const versions = which === 'GIC_V2' ? [2] : which === 'GIC_V3' ? [3] : which === 'GIC_BOTH' ? [3, 2] : [];
  return versions.map((version) => ({ version, kernel: true, emulated: true }));
}

/** libvirt's "latest" caps: each machine alias becomes a machine of its own. */
export function splitMachineAliases(caps: QemuCapabilities): QemuCapabilities {
  const split = (a: AccelCapabilities | undefined): AccelCapabilities | undefined => {
    if (!a) return a;
    const machines: MachineType[] = [];
    for (const m of a.machines) {
      if (m.alias === undefined) {
        machines.push(m);
        continue;
      }
      const { alias, ...rest } = m;
      machines.push({ ...rest, name: alias });
      machines.push(rest);
    }
    return { ...a, machines };
  };
  return { ...caps, tcg: split(caps.tcg), kvm: split(caps.kvm) };
}
