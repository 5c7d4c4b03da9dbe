import { describe, expect, it } from 'vitest';
import { parseDomain } from '@virtkit/model';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { buildCommandLine, libvirtTestRuntime, Xml2ArgvError } from '../src/index.js';

function build(model: string): string[] {
  const xml = `<domain type='qemu'><name>vm</name><uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>
    <memory>65536</memory><vcpu>1</vcpu><os><type arch='x86_64' machine='pc'>hvm</type></os>
    <devices><emulator>/usr/bin/qemu-system-x86_64</emulator><controller type='usb' model='none'/>
      <interface type='user'><mac address='52:54:00:00:00:01'/><model type='${model}'/></interface>
      <memballoon model='none'/></devices></domain>`;
  return [...buildCommandLine(parseDomain(xml), fakeCapabilities('x86_64', []), libvirtTestRuntime()).argv];
}
const devices = (argv: string[]): string[] => argv.flatMap((a, i) => (argv[i - 1] === '-device' ? [a] : []));

describe('NIC models', () => {
  it('recognises known models whatever their case', () => {
    expect(devices(build('ViRtIo'))[0]).toMatch(/^virtio-net-pci,/);
  });

  it('passes a model it does not know as the QEMU device name', () => {
    expect(devices(build('e1000-82545em'))[0]).toMatch(/^e1000-82545em,netdev=hostnet0,/);
  });

  it('refuses an unknown model that would add options of its own', () => {
    expect(() => build('e1000,romfile=/evil')).toThrow(Xml2ArgvError);
  });
});
