import { describe, expect, it } from 'vitest';
import { parseDomain } from '@virtkit/model';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { effectiveDescriptors, globMatch } from '../src/prepare/firmware-descriptor.js';
import { buildCommandLine, libvirtTestRuntime, Xml2ArgvError, type FirmwareLookup } from '../src/index.js';

// Synthetic descriptors in the shape of QEMU's firmware interop spec.
const flash = (code: string, vars: string | undefined, features: string[], mode?: string): string => JSON.stringify({
  'interface-types': ['uefi'],
  mapping: { device: 'flash', ...(mode ? { mode } : {}), executable: { filename: code, format: 'raw' }, ...(vars ? { 'nvram-template': { filename: vars, format: 'raw' } } : {}) },
  targets: [{ architecture: 'x86_64', machines: ['pc-q35-*'] }],
  features,
});
const rom = (file: string): string => JSON.stringify({
  'interface-types': ['bios'], mapping: { device: 'memory', filename: file }, targets: [{ architecture: 'x86_64', machines: ['pc-i440fx-*', 'pc-q35-*'] }], features: [],
});

const FILES = [
  { path: '/usr/share/qemu/firmware/10-rom.json', text: rom('/fw/rom,1.bin') },
  { path: '/usr/share/qemu/firmware/20-secure.json', text: flash('/fw/SB_CODE.fd', '/fw/SB_VARS.fd', ['secure-boot', 'requires-smm', 'enrolled-keys']) },
  { path: '/usr/share/qemu/firmware/30-stateless.json', text: flash('/fw/ONE.fd', undefined, [], 'stateless') },
  { path: '/usr/share/qemu/firmware/40-plain.json', text: flash('/fw/CODE,x.fd', '/fw/VARS.fd', []) },
  { path: '/usr/share/qemu/firmware/50-hidden.json', text: flash('/fw/HIDDEN.fd', '/fw/VARS.fd', []) },
  { path: '/etc/qemu/firmware/50-hidden.json', text: '' },
];
const lookup: FirmwareLookup = { descriptors: () => FILES };

function build(os: string, features = ''): string[] {
  const xml = `<domain type='qemu'><name>vm</name><uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>
    <memory>65536</memory><vcpu>1</vcpu><os firmware='${os.startsWith('bios') ? 'bios' : 'efi'}'><type arch='x86_64' machine='pc-q35-4.0'>hvm</type>${os.replace(/^(bios|efi)/, '')}</os>
    <features><acpi/>${features}</features>
    <devices><emulator>/usr/bin/qemu-system-x86_64</emulator><controller type='usb' model='none'/><memballoon model='none'/></devices></domain>`;
  const caps = fakeCapabilities('x86_64', ['device.json+hotplug', 'object.qapified', 'netdev.json']);
  return [...buildCommandLine(parseDomain(xml), caps, libvirtTestRuntime({ firmware: lookup })).argv];
}
const after = (argv: string[], opt: string): string[] => argv.flatMap((a, i) => (argv[i - 1] === opt ? [a] : []));
const pflash0 = (argv: string[]): unknown => (JSON.parse(after(argv, '-blockdev')[0]!) as { filename: string }).filename;

describe('firmware descriptors', () => {
  it('lets a later file of the same name override, an empty one hide, and ranks by base name', () => {
    const files = [
      { path: '/usr/share/qemu/firmware/60-b.json', text: rom('/a') },
      { path: '/usr/share/qemu/firmware/50-z.json', text: rom('/z') },
      { path: '/etc/qemu/firmware/60-b.json', text: rom('/b') },
      { path: '/etc/qemu/firmware/50-z.json', text: '  \n' },
      { path: '/etc/qemu/firmware/40-bad.json', text: '{not json' },
    ];
    expect(effectiveDescriptors(files).map((d) => [d.name, d.mapping])).toEqual([['60-b.json', { device: 'memory', filename: '/b' }]]);
  });
  it('matches machine globs anchored, with regex characters taken literally', () => {
    expect(globMatch('pc-q35-*', 'pc-q35-4.0')).toBe(true);
    expect(globMatch('pc-q35-*', 'xpc-q35-4.0')).toBe(false);
    expect(globMatch('virt-?.0', 'virt-4.0')).toBe(true);
    expect(globMatch('pc.q35', 'pcXq35')).toBe(false);
  });
});

describe('firmware auto-selection', () => {
  it('takes the first fitting descriptor; SMM-requiring firmware turns SMM and the secure pflash on', () => {
    const argv = build('efi');
    expect(pflash0(argv)).toBe('/fw/SB_CODE.fd');
    expect(after(argv, '-machine')[0]).toContain(',smm=on,');
    expect(after(argv, '-global')).toContain('driver=cfi.pflash01,property=secure,value=on');
  });
  it('honours features the domain forbids and an explicit SMM off', () => {
    expect(pflash0(build(`efi<firmware><feature enabled='no' name='secure-boot'/></firmware>`))).toBe('/fw/CODE,x.fd');
    expect(pflash0(build('efi', `<smm state='off'/>`))).toBe('/fw/CODE,x.fd');
  });
  it('gives a stateless loader a stateless image and no variable store', () => {
    const argv = build(`efi<loader stateless='yes'/>`);
    expect(after(argv, '-blockdev').map((b) => (JSON.parse(b) as Record<string, unknown>)['node-name'])).toEqual(['libvirt-pflash0-storage', 'libvirt-pflash0-format']);
    expect(pflash0(argv)).toBe('/fw/ONE.fd');
  });
  it('writes a ROM as one -bios value, comma and all', () => {
    expect(after(build('bios'), '-bios')).toEqual(['/fw/rom,1.bin']);
  });
  it("reports libvirt's error when nothing fits, and refuses without descriptors", () => {
    const err = ((): Xml2ArgvError => {
      try {
        build(`efi<firmware><feature enabled='yes' name='amd-sev-snp'/></firmware>`);
      } catch (e) {
        if (e instanceof Xml2ArgvError) return e;
      }
      throw new Error('expected a refusal');
    })();
    expect(err.message).toBe("operation failed: Unable to find any firmware to satisfy 'efi'");
    const xml = `<domain type='qemu'><name>vm</name><memory>65536</memory><os firmware='efi'><type arch='x86_64' machine='pc-q35-4.0'>hvm</type></os><features><acpi/></features></domain>`;
    expect(() => buildCommandLine(parseDomain(xml), fakeCapabilities('x86_64', []), libvirtTestRuntime())).toThrow(/not implemented/);
  });
});
