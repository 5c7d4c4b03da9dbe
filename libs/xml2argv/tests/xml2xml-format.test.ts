import { describe, expect, it } from 'vitest';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { parseDomain } from '@virtkit/model';
import { formatPreparedDomain, libvirtTestRuntime, normalizeDomain } from '../src/index.js';
import { formatCpuList, parseCpuList } from '../src/prepare/written-numa-defaults.js';

const running = `<domain type='kvm' id='7'>
  <devices>
    <disk type='file' device='disk'>
      <address type='pci' slot='0x05' bus='0x00' domain='0x0000' function='0x0'/>
      <target dev='vda' bus='virtio'/>
      <alias name='virtio-disk0'/>
      <source file='/images/a.img'/>
    </disk>
    <interface type='user'>
      <alias name='ua-nic'/>
      <mac address='52:54:00:00:00:01'/>
    </interface>
  </devices>
  <on_poweroff>destroy</on_poweroff>
  <name>demo</name>
</domain>
`;

describe('formatPreparedDomain', () => {
  it('writes content in libvirt order: domain children, device information last, address attributes by type', () => {
    const xml = formatPreparedDomain(parseDomain(running), { when: 'active' });
    expect(xml.indexOf('<name>')).toBeLessThan(xml.indexOf('<on_poweroff>'));
    expect(xml.indexOf('<on_poweroff>')).toBeLessThan(xml.indexOf('<devices>'));
    expect(xml).toContain("<address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0'/>");
    const disk = xml.slice(xml.indexOf('<disk'), xml.indexOf('</disk>'));
    expect(disk.indexOf('<source')).toBeLessThan(disk.indexOf('<target'));
    expect(disk.indexOf('<alias')).toBeLessThan(disk.indexOf('<address'));
    expect(xml.startsWith("<domain type='kvm' id='7'>")).toBe(true);
  });

  it('leaves out what only a running domain has in the inactive form, keeping user aliases', () => {
    const xml = formatPreparedDomain(parseDomain(running), { when: 'inactive' });
    expect(xml.startsWith("<domain type='kvm'>")).toBe(true);
    expect(xml).not.toContain('virtio-disk0');
    expect(xml).toContain("<alias name='ua-nic'/>");
  });

  it('keeps namespaced metadata with its declaration', () => {
    const xml = formatPreparedDomain(parseDomain(
      "<domain type='kvm'><name>m</name><metadata><app:x xmlns:app='urn:app'>1</app:x></metadata></domain>",
    ));
    expect(xml).toMatch(/<app:x xmlns:app=["']urn:app["']>1<\/app:x>/);
  });
});

describe('normalizeDomain', () => {
  const caps = fakeCapabilities('x86_64', ['piix3-usb-uhci', 'cirrus-vga']);
  const runtime = libvirtTestRuntime();
  const minimal = `<domain type='qemu'><name>n</name><memory unit='MiB'>512</memory>
    <os><type machine='pc'>hvm</type></os>
    <devices><serial type='pty'/><graphics type='vnc'/></devices></domain>`;

  it('fills in the defaults libvirt writes back', () => {
    const xml = formatPreparedDomain(normalizeDomain(parseDomain(minimal), caps, runtime.host, { runtime }));
    expect(xml).toContain("<memory unit='KiB'>524288</memory>");
    expect(xml).toContain("<currentMemory unit='KiB'>524288</currentMemory>");
    expect(xml).toContain("<vcpu placement='static'>1</vcpu>");
    expect(xml).toContain("<type arch='x86_64' machine='pc'>hvm</type>");
    expect(xml).toContain("<boot dev='hd'/>");
    expect(xml).toMatch(/<clock offset='utc'\/>\n {2}<on_poweroff>destroy<\/on_poweroff>\n {2}<on_reboot>restart<\/on_reboot>\n {2}<on_crash>destroy<\/on_crash>/);
    expect(xml).toContain('<emulator>/usr/bin/qemu-system-x86_64</emulator>');
    expect(xml).toContain("<target type='isa-serial' port='0'>\n        <model name='isa-serial'/>");
    expect(xml).toContain("<graphics type='vnc' port='-1' autoport='yes'>\n      <listen type='address'/>");
    expect(xml).toContain("<model type='cirrus' vram='16384' heads='1' primary='yes'/>");
  });

  it('does not modify its input', () => {
    const input = parseDomain(minimal);
    const before = JSON.stringify(input);
    normalizeDomain(input, caps, runtime.host, { runtime });
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('CPU lists', () => {
  it('round-trips ranges in libvirt form', () => {
    expect(parseCpuList('0,2-4, 7')).toEqual([0, 2, 3, 4, 7]);
    expect(formatCpuList([11, 0, 1, 5, 7, 8, 9, 10])).toBe('0-1,5,7-11');
  });
});
