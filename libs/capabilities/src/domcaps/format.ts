import { escapeText } from '@virtkit/xml';
import type { CapsBlock, CapsEnum, DomainCapabilities } from './build.js';

const yn = (b: boolean): string => (b ? 'yes' : 'no');

function enums(out: string[], indent: string, list: readonly CapsEnum[]): void {
  for (const en of list) {
    if (en.values.length === 0) {
      out.push(`${indent}<enum name='${en.name}'/>`);
      continue;
    }
    out.push(`${indent}<enum name='${en.name}'>`);
    for (const v of en.values) out.push(`${indent}  <value>${escapeText(v)}</value>`);
    out.push(`${indent}</enum>`);
  }
}

function blockXml(out: string[], indent: string, name: string, b: CapsBlock, attrs = ''): void {
  if (!b.supported) {
    out.push(`${indent}<${name}${attrs} supported='no'/>`);
    return;
  }
  if (b.enums.length === 0) {
    out.push(`${indent}<${name}${attrs} supported='yes'/>`);
    return;
  }
  out.push(`${indent}<${name}${attrs} supported='yes'>`);
  enums(out, `${indent}  `, b.enums);
  out.push(`${indent}</${name}>`);
}

/** Writes domain capabilities as `virsh domcapabilities` prints them. */
export function formatDomainCapabilities(d: DomainCapabilities): string {
  const out: string[] = ['<domainCapabilities>'];
  out.push(`  <path>${escapeText(d.path)}</path>`, `  <domain>${d.domain}</domain>`);
  out.push(`  <machine>${escapeText(d.machine)}</machine>`, `  <arch>${d.arch}</arch>`);
  out.push(`  <vcpu max='${d.maxVcpus}'/>`, `  <iothreads supported='${yn(d.iothreads)}'/>`);
  out.push("  <os supported='yes'>");
  enums(out, '    ', [{ name: 'firmware', values: d.os.firmware }]);
  out.push("    <loader supported='yes'>");
  for (const l of d.os.loaders) out.push(`      <value>${escapeText(l)}</value>`);
  enums(out, '      ', d.os.loaderEnums);
  out.push('    </loader>', '  </os>', '  <cpu>');
  blockXml(out, '    ', 'mode', d.cpu.hostPassthrough, " name='host-passthrough'");
  blockXml(out, '    ', 'mode', d.cpu.maximum, " name='maximum'");
  out.push(`    <mode name='host-model' supported='${yn(d.cpu.hostModel)}'/>`);
  if (d.cpu.custom.length === 0) out.push("    <mode name='custom' supported='no'/>");
  else {
    out.push("    <mode name='custom' supported='yes'>");
    for (const m of d.cpu.custom) {
      out.push(`      <model usable='${m.usable}'${m.deprecated ? " deprecated='yes'" : ''}>${escapeText(m.name)}</model>`);
    }
    out.push('    </mode>');
  }
  out.push('  </cpu>');
  blockXml(out, '  ', 'memoryBacking', d.memoryBacking);
  out.push('  <devices>');
  for (const dev of d.devices) blockXml(out, '    ', dev.name, dev);
  out.push('  </devices>', '  <features>');
  const f = d.features;
  if (f.gic.supported) {
    out.push("    <gic supported='yes'>");
    enums(out, '      ', [{ name: 'version', values: f.gic.versions.map(String) }]);
    out.push('    </gic>');
  } else out.push("    <gic supported='no'/>");
  out.push(`    <vmcoreinfo supported='${yn(f.vmcoreinfo)}'/>`, `    <genid supported='${yn(f.genid)}'/>`);
  out.push(`    <backingStoreInput supported='${yn(f.backingStoreInput)}'/>`, `    <backup supported='${yn(f.backup)}'/>`);
  if (f.s390Pv !== undefined) out.push(`    <s390-pv supported='${yn(f.s390Pv)}'/>`);
  if (f.sev) {
    out.push("    <sev supported='yes'>", `      <cbitpos>${f.sev.cbitpos}</cbitpos>`, `      <reducedPhysBits>${f.sev.reducedPhysBits}</reducedPhysBits>`);
    out.push(`      <maxGuests>${f.sev.maxGuests}</maxGuests>`, `      <maxESGuests>${f.sev.maxESGuests}</maxESGuests>`, '    </sev>');
  } else out.push("    <sev supported='no'/>");
  if (f.sgx) {
    out.push("    <sgx supported='yes'>", `      <flc>${yn(f.sgx.flc)}</flc>`, `      <sgx1>${yn(f.sgx.sgx1)}</sgx1>`, `      <sgx2>${yn(f.sgx.sgx2)}</sgx2>`);
    out.push(`      <section_size unit='KiB'>${f.sgx.sectionSize}</section_size>`);
    if (f.sgx.sections) {
      out.push('      <sections>');
      for (const s of f.sgx.sections) out.push(`        <section node='${s.node}' size='${s.size}' unit='KiB'/>`);
      out.push('      </sections>');
    }
    out.push('    </sgx>');
  } else out.push("    <sgx supported='no'/>");
  if (f.hyperv) {
    out.push("    <hyperv supported='yes'>");
    enums(out, '      ', [{ name: 'features', values: f.hyperv }]);
    out.push('    </hyperv>');
  }
  out.push('  </features>', '</domainCapabilities>');
  return `${out.join('\n')}\n`;
}

