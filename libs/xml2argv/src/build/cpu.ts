import { escapeComma } from '../argv/props.js';
import { attr, child, children, childText, type JsonNode } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import { guestArch } from '../prepare/machine.js';
import { listTimers } from './machine.js';
import type { BuildContext } from './context.js';
import { pseriesCpuCompat } from './pseries-machine.js';
import { armFeatureParts, armModelParts, armTimerParts } from './arm-cpu.js';
import { s390HostModel, s390HostModelProps } from './s390-cpu.js';

const POLICY_ON = new Set(['force', 'require']);

// libvirt's CPU feature names that QEMU spells differently, besides '-' for '_'.
const QEMU_SPELLING: Readonly<Record<string, string>> = { pclmuldq: 'pclmulqdq' };

/** `-cpu MODEL,feature=on|off,...` for custom models, `host` for passthrough. */
export function buildCpuArgs(ctx: BuildContext): void {
  const cpu = child(ctx.def, 'cpu');
  const mode = attr(cpu, 'mode') ?? 'custom';
  let model: string | undefined;
  if (mode === 'host-passthrough') model = 'host';
  else if (mode === 'maximum') model = 'max';
  // On pSeries the written model is a compatibility level (see -machine max-cpu-compat).
  else if (mode === 'host-model' && pseriesCpuCompat(ctx.def) !== undefined) model = 'host';
  else if (s390HostModel(ctx, mode)) model = s390HostModel(ctx, mode)!.model;
  else model = childText(cpu, 'model');
  const parts: string[] = [];
  if (model !== undefined) {
    parts.push(escapeComma(model.trim()), ...armModelParts(ctx, mode), ...s390HostModelProps(ctx, mode));
    for (const f of children(cpu, 'feature')) {
      const policy = attr(f, 'policy') ?? 'require';
      const xmlName = attr(f, 'name') ?? '';
      const name = QEMU_SPELLING[xmlName] ?? xmlName.replaceAll('_', '-');
      if (POLICY_ON.has(policy)) parts.push(`${escapeComma(name)}=on`);
      else if (policy === 'disable' || policy === 'forbid') parts.push(`${escapeComma(name)}=off`);
    }
    parts.push(...armFeatureParts(ctx, cpu));
  }
  const features = child(ctx.def, 'features');
  for (const t of listTimers(ctx)) {
    const name = attr(t, 'name');
    const present = attr(t, 'present');
    if (name === 'kvmclock' && present !== undefined) parts.push(`kvmclock=${present === 'yes' ? 'on' : 'off'}`);
    if (name === 'hypervclock' && present !== undefined) parts.push(`hv-time=${present === 'yes' ? 'on' : 'off'}`);
  }
  parts.push(...armTimerParts(listTimers(ctx)));
  const apic = child(features, 'apic');
  if (attr(apic, 'eoi')) parts.push(`kvm-pv-eoi=${attr(apic, 'eoi') === 'on' ? 'on' : 'off'}`);
  const pvspin = child(features, 'pvspinlock');
  if (pvspin) parts.push(`kvm-pv-unhalt=${attr(pvspin, 'state') === 'off' ? 'off' : 'on'}`);
  parts.push(...hypervParts(child(features, 'hyperv')));
  if (devicesOfKind(ctx.def, 'panic').some((p) => attr(p, 'model') === 'hyperv')) parts.push('hv-crash');
  const kvm = child(features, 'kvm');
  if (attr(child(kvm, 'hidden'), 'state') === 'on') parts.push('kvm=off');
  // Hints QEMU leaves off unless asked; PV IPIs are on unless refused.
  if (attr(child(kvm, 'hint-dedicated'), 'state') === 'on') parts.push('kvm-hint-dedicated=on');
  if (attr(child(kvm, 'poll-control'), 'state') === 'on') parts.push('kvm-poll-control=on');
  if (attr(child(kvm, 'pv-ipi'), 'state') === 'off') parts.push('kvm-pv-ipi=off');
  const pmu = child(features, 'pmu');
  if (pmu) parts.push(`pmu=${attr(pmu, 'state') === 'off' ? 'off' : 'on'}`);
  if (model !== undefined) parts.push(...cacheParts(ctx, cpu, mode), ...physBitsParts(cpu));
  if (parts.length === 0) return;
  if (model === undefined) parts.unshift(guestArch(ctx.def, ctx.caps) === 'x86_64' ? 'qemu64' : 'qemu32');
  ctx.cmd.add('-cpu', parts.join(','));
}

// Hyper-V enlightenments in libvirt's order, with QEMU's property names.
const HYPERV = ['relaxed', 'vapic', 'spinlocks', 'vpindex', 'runtime', 'synic', 'stimer', 'reset', 'vendor_id',
  'frequencies', 'reenlightenment', 'tlbflush', 'ipi', 'evmcs', 'avic'];

function hypervParts(hyperv: JsonNode | undefined): string[] {
  if (!hyperv) return [];
  if (attr(hyperv, 'mode') === 'passthrough') return ['hv-passthrough=on'];
  const out: string[] = [];
  for (const name of HYPERV) {
    const el = child(hyperv, name);
    if (attr(el, 'state') !== 'on') continue;
    if (name === 'spinlocks') out.push(`hv-spinlocks=0x${Number(attr(el, 'retries') ?? 0x1fff).toString(16)}`);
    else if (name === 'vendor_id') out.push(`hv-vendor-id=${escapeComma(attr(el, 'value') ?? '')}`);
    else out.push(`hv-${name}=on`);
    if (name === 'stimer' && attr(child(el, 'direct'), 'state') === 'on') out.push('hv-stimer-direct=on');
    if (name === 'tlbflush') {
      if (attr(child(el, 'direct'), 'state') === 'on') out.push('hv-tlbflush-direct=on');
      if (attr(child(el, 'extended'), 'state') === 'on') out.push('hv-tlbflush-ext=on');
    }
  }
  return out;
}

/**
 * `<cache>`: whether the guest sees the host's cache layout (`host-cache-info`, only
 * meaningful when the CPU is the host's) and an emulated L3 cache (`l3-cache`, which QEMU
 * versions without the property cannot turn off).
 */
function cacheParts(ctx: BuildContext, cpu: JsonNode | undefined, mode: string): string[] {
  const cache = child(cpu, 'cache');
  if (!cache) return [];
  const hostCpu = mode === 'host-passthrough' || mode === 'maximum';
  const l3 = ctx.has('cpu-cache');
  switch (attr(cache, 'mode')) {
    case 'disable':
      // Older QEMUs have no caches to turn off: the host's layout is not passed by default.
      return l3 ? [...(hostCpu ? ['host-cache-info=off'] : []), 'l3-cache=off'] : [];
    case 'passthrough':
      return ['host-cache-info=on', ...(l3 ? ['l3-cache=off'] : [])];
    case 'emulate':
      return [...(l3 ? ['l3-cache=on'] : []), ...(hostCpu ? ['host-cache-info=off'] : [])];
    default:
      return [];
  }
}

/** `<maxphysaddr>`: the host's physical address width, or a fixed one. */
function physBitsParts(cpu: JsonNode | undefined): string[] {
  const max = child(cpu, 'maxphysaddr');
  if (!max) return [];
  const bits = attr(max, 'bits');
  if (attr(max, 'mode') === 'passthrough') return ['host-phys-bits=on'];
  return bits !== undefined ? [`phys-bits=${bits}`] : [];
}
