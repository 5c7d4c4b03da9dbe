import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, childText, type DomainJson } from '../input/json.js';
import { accelCaps, accelOf, machineInfo } from './machine.js';
import { s390DefaultCpu } from './s390-cpu.js';

/**
 * A domain without a CPU model gets the machine type's default CPU written out, so the
 * command line no longer depends on QEMU's choice.
 */
export function setDefaultCpu(def: DomainJson, caps: QemuCapabilities): void {
  const cpu = child(def, 'cpu');
  if (cpu && (attr(cpu, 'mode') ?? 'custom') !== 'custom') return;
  if (cpu && childText(cpu, 'model') !== undefined) return;
  // Under KVM a non-x86 guest keeps QEMU's own choice (the host CPU)
  const arch = attr(child(child(def, 'os'), 'type'), 'arch') ?? caps.arch;
  // libvirt has no CPU model support for RISC-V: QEMU's default stays implicit.
  if (arch === 'riscv32' || arch === 'riscv64') return;
  // (POWER is the exception: QEMU names the host CPU model there, e.g. POWER9 for
  // host-powerpc64-cpu, and libvirt writes that name.)
  const typename = machineInfo(def, caps)?.defaultCPU;
  if (!typename) return;
  const models = accelCaps(caps, def)?.cpuModels ?? [];
  if (arch === 's390x' && accelOf(def) === 'kvm') {
    const s390 = s390DefaultCpu(attr(child(child(def, 'os'), 'type'), 'machine') ?? '', typename);
    if (s390) def.cpu = { ...(cpu ?? {}), ...s390 };
    return;
  }
  const ppc64Named = (arch === 'ppc64' || arch === 'ppc64le') && models.some((m) => m.typename === typename);
  if (accelOf(def) === 'kvm' && arch !== 'x86_64' && arch !== 'i686' && !ppc64Named) return;
  const name = models.find((m) => m.typename === typename)?.name ?? typename.replace(/-[^-]+-cpu$/, '');
  const next = { ...(cpu ?? {}), mode: 'custom', match: 'exact', check: attr(cpu, 'check') ?? 'none', model: { fallback: 'forbid', '#text': name } };
  def.cpu = next;
}
