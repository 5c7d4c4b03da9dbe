import { parseDomain, type Domain } from '@virtkit/model';
import { describe, expect, it } from 'vitest';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { buildCommandLine, libvirtTestRuntime } from '../src/index.js';

const caps = fakeCapabilities('x86_64', []);
const argvOf = (domain: Domain): string[] => [...buildCommandLine(domain, caps, libvirtTestRuntime()).argv];

describe('input from @virtkit/model', () => {
  it('builds from a typed Domain literal (arrays, collapsed text, no "#text" wrappers needed)', () => {
    const domain: Domain = {
      type: 'qemu',
      name: 'typed',
      memory: { unit: 'MiB', '#text': '256' },
      os: { type: { arch: 'x86_64', machine: 'pc', '#text': 'hvm' } },
      devices: { emulator: '/usr/bin/qemu-system-x86_64', controller: [{ type: 'usb', index: '0', '@model': 'none' }] },
    };
    const argv = argvOf(domain);
    expect(argv).toContain('guest=typed,debug-threads=on');
    expect(argv[argv.indexOf('-m') + 1]).toBe('256');
    expect(argv).not.toContain('piix3-usb-uhci');
  });

  it('gives a domain without a UUID a fresh random one, as libvirt does when reading it', () => {
    const domain: Domain = { type: 'qemu', name: 'nouuid', memory: { '#text': '262144' }, os: { type: { arch: 'x86_64', machine: 'pc', '#text': 'hvm' } } };
    const first = argvOf(domain);
    const uuid = first[first.indexOf('-uuid') + 1];
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const second = argvOf(domain);
    expect(second[second.indexOf('-uuid') + 1]).not.toBe(uuid);
    expect(domain).not.toHaveProperty('uuid');
  });

  it('reads qemu:commandline under any prefix and ignores content the schema does not know', () => {
    const domain = parseDomain(`<domain type='qemu' xmlns:q='http://libvirt.org/schemas/domain/qemu/1.0'>
      <name>ns</name><memory unit='MiB'>128</memory>
      <os><type arch='x86_64' machine='pc'>hvm</type><vendorthing/></os>
      <devices><emulator>/usr/bin/qemu-system-x86_64</emulator></devices>
      <q:commandline><q:arg value='-trace'/><q:arg value='help'/></q:commandline>
    </domain>`);
    expect(domain['qemu:commandline']?.['qemu:arg']).toHaveLength(2);
    const argv = argvOf(domain);
    expect(argv.slice(argv.indexOf('-trace'), argv.indexOf('-trace') + 2)).toEqual(['-trace', 'help']);
  });
});

describe('CPU feature names', () => {
  it("writes libvirt's feature names as QEMU spells them", () => {
    const domain = parseDomain(`<domain type='qemu'><name>c</name><memory unit='MiB'>128</memory>
      <os><type arch='x86_64' machine='pc'>hvm</type></os>
      <cpu mode='custom'><model>Haswell</model><feature name='pclmuldq' policy='require'/><feature name='lahf_lm' policy='disable'/></cpu>
      <devices><emulator>/usr/bin/qemu-system-x86_64</emulator></devices></domain>`);
    const argv = argvOf(domain);
    expect(argv[argv.indexOf('-cpu') + 1]).toBe('Haswell,pclmulqdq=on,lahf-lm=off');
  });
});

describe('serial port numbers', () => {
  it('gives a serial port without a number the lowest one no other port has', () => {
    const domain = parseDomain(`<domain type='qemu'><name>s</name><memory unit='MiB'>128</memory>
      <os><type arch='x86_64' machine='pc'>hvm</type></os>
      <devices><emulator>/usr/bin/qemu-system-x86_64</emulator>
        <serial type='pty'/><serial type='pty'><target port='0'/></serial></devices></domain>`);
    const argv = argvOf(domain);
    const isa = argv.filter((a, i) => argv[i - 1] === '-device' && a.startsWith('isa-serial'));
    expect(isa).toEqual(['isa-serial,chardev=charserial0,id=serial0,index=1', 'isa-serial,chardev=charserial1,id=serial1,index=0']);
  });
});

describe('USB companion controllers', () => {
  it("attach to the bus of the EHCI controller with their index, whatever their own alias", () => {
    const domain = parseDomain(`<domain type='qemu'><name>u</name><memory unit='MiB'>128</memory>
      <os><type arch='x86_64' machine='pc'>hvm</type></os>
      <devices><emulator>/usr/bin/qemu-system-x86_64</emulator>
        <controller type='usb' index='0' model='ich9-ehci1'><alias name='ua-ehci'/></controller>
        <controller type='usb' index='0' model='ich9-uhci1'><alias name='ua-uhci'/><master startport='0'/></controller>
      </devices></domain>`);
    const argv = [...buildCommandLine(domain, fakeCapabilities('x86_64', ['ich9-usb-ehci1', 'device.json+hotplug']), libvirtTestRuntime()).argv];
    const uhci = argv.find((a) => a.includes('ich9-usb-uhci1'));
    expect(JSON.parse(uhci!)).toMatchObject({ masterbus: 'ua-ehci.0', firstport: 0 });
  });

  it('are created after their EHCI controller even when written before it', () => {
    const domain = parseDomain(`<domain type='qemu'><name>u</name><memory unit='MiB'>128</memory>
      <os><type arch='x86_64' machine='pc'>hvm</type></os>
      <devices><emulator>/usr/bin/qemu-system-x86_64</emulator>
        <controller type='usb' index='0' model='ich9-uhci1'><master startport='0'/></controller>
        <controller type='usb' index='0' model='ich9-ehci1'/>
      </devices></domain>`);
    const argv = [...buildCommandLine(domain, fakeCapabilities('x86_64', ['ich9-usb-ehci1', 'device.json+hotplug']), libvirtTestRuntime()).argv];
    expect(argv.findIndex((a) => a.includes('ich9-usb-ehci1'))).toBeLessThan(argv.findIndex((a) => a.includes('ich9-usb-uhci1')));
  });
});
