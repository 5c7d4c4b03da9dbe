import { parseDomain } from '@virtkit/model';
import { describe, expect, it } from 'vitest';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { buildCommandLine, libvirtTestRuntime } from '../src/index.js';

const FLAGS = ['device.json+hotplug', 'object.qapified', 'netdev.json', 'virtio-pmem-pci', 'virtio-mem-pci', 'sgx-epc', 'numa', 'memory-backend-file'];

function build(modules: string, machine = 'pc'): string[] {
  const xml = `<domain type='qemu'><name>vm</name><maxMemory slots='16' unit='KiB'>16777216</maxMemory><memory unit='KiB'>2097152</memory>
    <vcpu>2</vcpu><os><type arch='x86_64' machine='${machine}'>hvm</type></os>
    <cpu><numa><cell id='0' cpus='0-1' memory='1048576' unit='KiB'/></numa></cpu>
    <devices><emulator>/usr/bin/qemu-system-x86_64</emulator><controller type='usb' model='none'/>${modules}
      <memballoon model='none'/></devices></domain>`;
  return [...buildCommandLine(parseDomain(xml), fakeCapabilities('x86_64', FLAGS), libvirtTestRuntime()).argv];
}
const option = (argv: string[], opt: string): Record<string, unknown>[] =>
  argv.flatMap((a, i) => (argv[i - 1] === opt ? [JSON.parse(a) as Record<string, unknown>] : []));

describe('memory devices', () => {
  it('backs virtio-pmem with its file and names it by count, not by its PCI slot', () => {
    const argv = build(`<memory model='virtio-pmem' access='shared'><source><path>/tmp/pm</path></source>
      <target><size unit='KiB'>524288</size></target><address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0'/></memory>`);
    expect(option(argv, '-object')).toContainEqual({ 'qom-type': 'memory-backend-file', id: 'memvirtiopmem0', 'mem-path': '/tmp/pm', share: true, size: 536870912 });
    expect(option(argv, '-device')).toContainEqual({ driver: 'virtio-pmem-pci', memdev: 'memvirtiopmem0', id: 'virtiopmem0', bus: 'pci.0', addr: '0x5' });
  });

  it('gives virtio-mem a reserve-free backend and its block and requested sizes', () => {
    const argv = build(`<memory model='virtio-mem'><target><size unit='KiB'>1048576</size><node>0</node>
      <block unit='KiB'>2048</block><requested unit='KiB'>524288</requested></target></memory>`);
    expect(option(argv, '-object')).toContainEqual({ 'qom-type': 'memory-backend-ram', id: 'memvirtiomem0', reserve: false, size: 1073741824 });
    expect(option(argv, '-device').find((d) => d.driver === 'virtio-mem-pci'))
      .toMatchObject({ node: 0, 'block-size': 2097152, 'requested-size': 536870912, memdev: 'memvirtiomem0', id: 'virtiomem0' });
  });

  it('attaches SGX EPC sections through the machine and writes a DIMM\'s discard setting', () => {
    const argv = build(`<memory model='sgx-epc'><source><nodemask>0</nodemask></source><target><size unit='KiB'>16384</size><node>0</node></target></memory>
      <memory model='dimm' discard='yes'><target><size unit='KiB'>524288</size><node>0</node></target></memory>`, 'q35');
    expect(argv[argv.indexOf('-machine') + 1]).toContain(',sgx-epc.0.memdev=memepc0,sgx-epc.0.node=0');
    const objects = option(argv, '-object');
    expect(objects).toContainEqual({ 'qom-type': 'memory-backend-epc', id: 'memepc0', prealloc: true, size: 16777216, 'host-nodes': [0], policy: 'bind' });
    expect(objects.find((o) => o.id === 'memdimm0')).toMatchObject({ 'qom-type': 'memory-backend-file', 'discard-data': true });
    expect(option(argv, '-device').some((d) => d.memdev === 'memepc0')).toBe(false);
  });
});
