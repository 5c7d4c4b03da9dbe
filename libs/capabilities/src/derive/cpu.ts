import type { QmpSession } from '../qmp/session.js';
import type { CpuModel, CpuProperty, HostCpuExpansion } from '../types.js';

const isX86 = (arch: string): boolean => arch === 'x86_64' || arch === 'i686';
const isArm = (arch: string): boolean => arch === 'aarch64' || arch.startsWith('armv');
const isPpc64 = (arch: string): boolean => arch === 'ppc64' || arch === 'ppc64le';

/** x86 CPU features whose libvirt spelling differs from QEMU's (libvirt name, QEMU name). */
const X86_FEATURE_SPELLING: readonly (readonly [string, string])[] = [
  ['cmp_legacy', 'cmp-legacy'], ['ds_cpl', 'ds-cpl'], ['fxsr_opt', 'fxsr-opt'], ['kvm_pv_eoi', 'kvm-pv-eoi'],
  ['kvm_pv_unhalt', 'kvm-pv-unhalt'], ['lahf_lm', 'lahf-lm'], ['nodeid_msr', 'nodeid-msr'],
  ['pclmuldq', 'pclmulqdq'], ['perfctr_core', 'perfctr-core'], ['perfctr_nb', 'perfctr-nb'], ['tsc_adjust', 'tsc-adjust'],
];
const FROM_QEMU = new Map(X86_FEATURE_SPELLING.map(([libvirt, qemu]) => [qemu, libvirt]));

/** Feature name as libvirt writes it. */
export function featureFromQemu(arch: string, name: string): string {
  return isX86(arch) ? FROM_QEMU.get(name) ?? name : name;
}

/** libvirt's POWER model names; QEMU 2.11+ reports them in lower case. */
const PPC64_MODELS = ['POWER6', 'POWER7', 'POWER8', 'POWER9', 'POWER10', 'POWERPC_e5500', 'POWERPC_e6500'];

interface QemuCpuDefinition {
  name: string;
  typename?: string;
  'unavailable-features'?: string[];
  deprecated?: boolean;
}

/** `query-cpu-definitions`, normalised the way libvirt stores it. */
export async function fetchCpuModels(session: QmpSession, arch: string): Promise<CpuModel[] | undefined> {
  const reply = await session.execute('query-cpu-definitions');
  if (!reply.ok || !Array.isArray(reply.value)) return undefined;
  return (reply.value as QemuCpuDefinition[]).map((def) => {
    let name = def.name;
    if (isPpc64(arch)) name = PPC64_MODELS.find((m) => m.toLowerCase() === name.toLowerCase()) ?? name;
    const missing = def['unavailable-features'];
    return {
      name,
      ...(def.typename ? { typename: def.typename } : {}),
      ...(missing === undefined ? {} : { usable: missing.length === 0 }),
      // Kept in QEMU's spelling, as libvirt's cache does; featureFromQemu translates on use.
      blockers: missing ?? [],
      deprecated: def.deprecated === true,
    };
  });
}

interface Expansion {
  readonly name: string;
  readonly props: CpuProperty[];
}

async function expand(session: QmpSession, type: string, model: Record<string, unknown>): Promise<Expansion | undefined> {
  const reply = await session.execute('query-cpu-model-expansion', { type, model });
  if (!reply.ok) return undefined;
  const m = (reply.value as { model?: { name?: string; props?: Record<string, unknown> } }).model;
  if (!m?.name) return undefined;
  const props: CpuProperty[] = [];
  for (const [name, value] of Object.entries(m.props ?? {})) {
    if (typeof value === 'boolean') props.push({ name, type: 'boolean', value });
    else if (typeof value === 'number') props.push({ name, type: 'number', value });
    else if (typeof value === 'string') props.push({ name, type: 'string', value });
  }
  return { name: m.name, props };
}

export interface HostCpuResult {
  readonly hostCpu?: HostCpuExpansion;
  /** Hyper-V enlightenments found by the full expansion (accelerated x86/ARM only). */
  readonly hyperv?: string[];
}

/** libvirt's Hyper-V enlightenment names, in the order libvirt lists them. */
const HYPERV_FEATURES = [
  'relaxed', 'vapic', 'spinlocks', 'vpindex', 'runtime', 'synic', 'stimer', 'reset', 'vendor_id',
  'frequencies', 'reenlightenment', 'tlbflush', 'ipi', 'evmcs', 'avic',
];

/**
 * Expands the host CPU (`host` under an accelerator, `max` under TCG): once as migratable, and on
 * x86 once more without that restriction so each feature's migratability is known.
 */
export async function probeHostCpu(session: QmpSession, arch: string, accelerated: boolean): Promise<HostCpuResult> {
  const name = accelerated ? 'host' : 'max';
  // Static expansion names features canonically; ARM only implements full expansion.
  const type = isArm(arch) ? 'full' : 'static';
  const main = await expand(session, type, { name });
  let hostCpu: HostCpuExpansion | undefined;
  if (main) {
    let migratability = false;
    if (isX86(arch)) {
      const unrestricted = await expand(session, type, { name, props: { migratable: false } });
      if (unrestricted) {
        const byName = new Map(unrestricted.props.map((p) => [p.name, p]));
        for (let i = 0; i < main.props.length; i++) {
          const p = main.props[i]!;
          const other = byName.get(p.name);
          if (p.type !== 'boolean' || other?.type !== 'boolean') continue;
          if (p.value) main.props[i] = { ...p, migratable: true };
          else if (other.value) main.props[i] = { ...p, value: true, migratable: false };
        }
        migratability = true;
      }
    }
    hostCpu = { model: main.name, migratability, props: main.props };
  }
  let hyperv: string[] | undefined;
  if (accelerated && (isX86(arch) || isArm(arch))) {
    const full = await expand(session, 'full', { name, props: { migratable: false, 'hv-passthrough': true } });
    const on = new Set<string>();
    for (const p of full?.props ?? []) {
      if (!p.name.startsWith('hv-')) continue;
      const feature = p.name.slice(3).replace(/-/g, '_');
      const enabled = p.type === 'boolean' ? p.value : p.type === 'number' ? p.value > 0 : true;
      if (enabled && HYPERV_FEATURES.includes(feature)) on.add(feature);
    }
    if (on.size > 0) hyperv = HYPERV_FEATURES.filter((f) => on.has(f));
  }
  return { ...(hostCpu ? { hostCpu } : {}), ...(hyperv ? { hyperv } : {}) };
}
