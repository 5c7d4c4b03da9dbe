import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, children, text, type DomainJson, type JsonNode } from '../input/json.js';
import { devicesOf, devicesOfKind } from './devices.js';
import { osType } from './machine.js';
import { toKiB } from './units.js';

/*
 * Defaults libvirt fills in when it parses a definition and then writes back. The command-line
 * builder treats a missing value as its default, so prepareDomain can leave these out; the
 * normalised XML must show them.
 */

const LIFECYCLE: readonly [string, string][] = [['on_poweroff', 'destroy'], ['on_reboot', 'restart'], ['on_crash', 'destroy']];

/** Domain-level defaults: sizes in KiB, vCPU placement, lifecycle actions, clock, emulator, boot order. */
export function addDomainDefaults(def: DomainJson, caps: QemuCapabilities, abiUpdate = false): void {
  normalizeMemory(def, abiUpdate);
  const vcpu = def.vcpu ?? '1';
  const node: JsonNode = typeof vcpu === 'object' && !Array.isArray(vcpu) ? vcpu : { '#text': text(vcpu) ?? '1' };
  def.vcpu = { placement: attr(node, 'placement') ?? 'static', ...node };
  const hyperv = child(child(def, 'features'), 'hyperv');
  if (hyperv) hyperv.mode ??= 'custom';
  else if (child(def, 'features') && child(def, 'features')!.hyperv === '') child(def, 'features')!.hyperv = { mode: 'custom' };
  setCpuDefaults(def);
  for (const [name, value] of LIFECYCLE) def[name] ??= value;
  def.clock ??= { offset: 'utc' };
  const devices = devicesOf(def);
  devices.emulator ??= caps.emulator;
  addDefaultBoot(def);
}

/** `<os><type>` as a node with its architecture (the emulator's when not given). */
export function fillOsType(def: DomainJson, caps: QemuCapabilities): void {
  const os = child(def, 'os');
  if (!os || os.type === undefined) return;
  const type: JsonNode = typeof os.type === 'object' && !Array.isArray(os.type) ? os.type : { '#text': text(os.type) ?? 'hvm' };
  if (attr(type, 'arch') === undefined) {
    const { arch: _a, ...rest } = type;
    os.type = { arch: caps.arch, ...rest };
  } else os.type = type;
}

export function guestArchOf(def: DomainJson): string {
  return attr(osType(def), 'arch') ?? 'x86_64';
}

/** CPU check level and, with a model, the custom mode and exact match. */
function setCpuDefaults(def: DomainJson): void {
  const cpu = child(def, 'cpu');
  if (!cpu) return;
  const mode = attr(cpu, 'mode') ?? 'custom';
  const hasModel = cpu.model !== undefined;
  if (mode === 'custom' && !hasModel) return;
  const check = attr(cpu, 'check') ?? (mode === 'host-passthrough' || mode === 'maximum' ? 'none'
    : mode === 'host-model' ? 'partial' : attr(def, 'type') === 'qemu' ? 'none' : 'partial');
  const { mode: _m, match: _x, check: _c, ...rest } = cpu;
  def.cpu = { mode, ...(mode === 'custom' ? { match: attr(cpu, 'match') ?? 'exact' } : attr(cpu, 'match') ? { match: attr(cpu, 'match')! } : {}), check, ...rest };
}

function normalizeMemory(def: DomainJson, abiUpdate: boolean): void {
  const inKiB = (name: string, value?: number): void => {
    const v = def[name];
    if (v === undefined && value === undefined) return;
    const node: JsonNode = v !== undefined && typeof v === 'object' && !Array.isArray(v) ? v : { '#text': text(v) ?? '0' };
    const { unit: _u, '#text': _t, ...rest } = node;
    def[name] = { ...rest, unit: 'KiB', '#text': String(value ?? toKiB(node)) };
  };
  // With NUMA cells the guest's memory is what the cells add up to.
  const cells = children(child(child(def, 'cpu'), 'numa'), 'cell');
  const cellTotal = cells.reduce((sum, c) => sum + toKiB({ '#text': attr(c, 'memory') ?? '0', unit: attr(c, 'unit') ?? 'KiB' }), 0);
  inKiB('maxMemory');
  // ... plus the memory modules plugged in; a size given in the definition is kept unless the
  // ABI may be updated
  const modules = devicesOfKind(def, 'memory').reduce((sum, m) => sum + toKiB(child(child(m, 'target'), 'size')), 0);
  inKiB('memory', cells.length > 0 && (def.memory === undefined || abiUpdate) ? cellTotal + modules : undefined);
  const total = def.memory === undefined ? undefined : toKiB(def.memory as JsonNode);
  const current = def.currentMemory === undefined ? undefined : toKiB(def.currentMemory as JsonNode);
  if (total !== undefined && (current === undefined || current > total)) inKiB('currentMemory', total);
  else inKiB('currentMemory');
}

/** A machine that boots from nothing in particular boots from the first hard disk. */
function addDefaultBoot(def: DomainJson): void {
  const os = child(def, 'os');
  if (!os || text(osType(def)) !== 'hvm' || os.boot !== undefined) return;
  const devices = devicesOf(def);
  for (const value of Object.values(devices)) {
    for (const dev of Array.isArray(value) ? value : [value]) {
      if (typeof dev === 'object' && dev !== null && !Array.isArray(dev) && child(dev, 'boot')) return;
    }
  }
  os.boot = { dev: 'hd' };
}
