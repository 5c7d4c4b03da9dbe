import { escapeAttribute, escapeText } from '@virtkit/xml';
import { sortFlags } from '../flags.js';
import type { AccelCapabilities, CpuModel, CpuProperty, MachineType, QemuCapabilities } from '../types.js';

type Attr = readonly [string, string | number | undefined];

function tag(indent: string, name: string, attrs: readonly Attr[], close: '/>' | '>'): string {
  const written = attrs
    .filter((a) => a[1] !== undefined)
    .map(([k, v]) => ` ${k}='${escapeAttribute(String(v))}'`)
    .join('');
  return `${indent}<${name}${written}${close}`;
}

const yes = (b: boolean | undefined): string | undefined => (b ? 'yes' : undefined);
const yesNo = (b: boolean | undefined): string | undefined => (b === undefined ? undefined : b ? 'yes' : 'no');

function formatProperty(p: CpuProperty): string {
  const migratable = p.type === 'boolean' ? yesNo(p.migratable) : undefined;
  return tag('    ', 'property', [['name', p.name], ['type', p.type], ['value', String(p.value)], ['migratable', migratable]], '/>');
}

function formatCpuModel(type: string, cpu: CpuModel): string[] {
  const attrs: Attr[] = [
    ['type', type], ['name', cpu.name], ['typename', cpu.typename],
    ['usable', yesNo(cpu.usable)], ['deprecated', yes(cpu.deprecated)],
  ];
  if (cpu.blockers.length === 0) return [tag('  ', 'cpu', attrs, '/>')];
  return [
    tag('  ', 'cpu', attrs, '>'),
    ...cpu.blockers.map((b) => tag('    ', 'blocker', [['name', b]], '/>')),
    '  </cpu>',
  ];
}

function formatMachine(type: string, m: MachineType): string {
  return tag('  ', 'machine', [
    ['type', type], ['name', m.name], ['alias', m.alias], ['hotplugCpus', yes(m.hotplugCpus)],
    ['maxCpus', m.maxCpus], ['default', yes(m.isDefault)], ['defaultCPU', m.defaultCPU],
    ['numaMemSupported', yes(m.numaMemSupported)], ['defaultRAMid', m.defaultRAMid],
    ['deprecated', yes(m.deprecated)], ['acpi', yesNo(m.acpi)],
  ], '/>');
}

function formatAccel(type: string, accel: AccelCapabilities | undefined): string[] {
  if (!accel) return [];
  const out: string[] = [];
  const host = accel.hostCpu;
  if (host) {
    out.push(tag('  ', 'hostCPU', [['type', type], ['model', host.model], ['migratability', host.migratability ? 'yes' : 'no']], '>'));
    out.push(...host.props.map(formatProperty), '  </hostCPU>');
  }
  for (const cpu of accel.cpuModels ?? []) out.push(...formatCpuModel(type, cpu));
  out.push(...accel.machines.map((m) => formatMachine(type, m)));
  return out;
}

function element(indent: string, name: string, value: string | number): string {
  return `${indent}<${name}>${escapeText(String(value))}</${name}>`;
}

/**
 * Writes capabilities in libvirt's `<qemuCaps>` cache format, element for element in the order
 * libvirt writes them, so libvirt's own cache files survive a read/write round trip unchanged.
 */
export function toLibvirtXml(caps: QemuCapabilities): string {
  const out: string[] = ['<qemuCaps>'];
  out.push(element('  ', 'emulator', caps.emulator));
  out.push(element('  ', 'qemuctime', caps.qemuCtime), element('  ', 'selfctime', caps.selfCtime));
  out.push(element('  ', 'selfvers', caps.selfVersion));
  for (const flag of sortFlags(caps.flags)) out.push(tag('  ', 'flag', [['name', flag]], '/>'));
  out.push(element('  ', 'version', caps.version), element('  ', 'kvmVersion', caps.kvmVersion));
  out.push(element('  ', 'microcodeVersion', caps.microcodeVersion));
  if (caps.package !== undefined) out.push(element('  ', 'package', caps.package));
  out.push(element('  ', 'arch', caps.arch));
  out.push(...formatAccel('kvm', caps.kvm), ...formatAccel('tcg', caps.tcg));
  for (const gic of caps.gic) {
    out.push(tag('  ', 'gic', [['version', gic.version], ['kernel', yesNo(gic.kernel)], ['emulated', yesNo(gic.emulated)]], '/>'));
  }
  if (caps.sev) {
    const sev = caps.sev;
    out.push('  <sev>', element('    ', 'cbitpos', sev.cbitpos), element('    ', 'reducedPhysBits', sev.reducedPhysBits));
    out.push(element('    ', 'pdh', sev.pdh), element('    ', 'certChain', sev.certChain));
    if (sev.cpu0Id !== undefined) out.push(element('    ', 'cpu0Id', sev.cpu0Id));
    out.push('  </sev>');
  }
  if (caps.sgx) {
    const sgx = caps.sgx;
    out.push("  <sgx supported='yes'>");
    out.push(element('    ', 'flc', sgx.flc ? 'yes' : 'no'), element('    ', 'sgx1', sgx.sgx1 ? 'yes' : 'no'));
    out.push(element('    ', 'sgx2', sgx.sgx2 ? 'yes' : 'no'));
    out.push(`    <section_size unit='KiB'>${sgx.sectionSize}</section_size>`);
    if (sgx.sections) {
      out.push('    <sections>');
      for (const s of sgx.sections) out.push(tag('      ', 'section', [['node', s.node], ['size', s.size], ['unit', 'KiB']], '/>'));
      out.push('    </sections>');
    }
    out.push('  </sgx>');
  }
  if (caps.hyperv) {
    out.push("  <hypervCapabilities supported='yes'>");
    for (const cap of caps.hyperv) out.push(tag('    ', 'cap', [['name', cap]], '/>'));
    out.push('  </hypervCapabilities>');
  }
  out.push('</qemuCaps>');
  return `${out.join('\n')}\n`;
}
