import { parseDomain } from '@virtkit/model';
import { describe, expect, it } from 'vitest';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { buildCommandLine, libvirtTestRuntime } from '../src/index.js';

const FLAGS = ['device.json+hotplug', 'object.qapified', 'netdev.json', 'virtio-scsi-pci', 'iothread'];

function build(top: string, devices: string): string[] {
  const xml = `<domain type='qemu'><name>vm</name><memory>65536</memory><vcpu>1</vcpu>${top}
    <os><type arch='x86_64' machine='pc'>hvm</type></os>
    <devices><emulator>/usr/bin/qemu-system-x86_64</emulator><controller type='usb' model='none'/>${devices}
      <memballoon model='none'/></devices></domain>`;
  return [...buildCommandLine(parseDomain(xml), fakeCapabilities('x86_64', FLAGS), libvirtTestRuntime()).argv];
}
const objects = (argv: string[]): Record<string, unknown>[] =>
  argv.flatMap((a, i) => (argv[i - 1] === '-object' ? [JSON.parse(a) as Record<string, unknown>] : []));

describe('I/O threads', () => {
  it('creates named ids as written, then fills the count with the lowest free ids, right after -smp', () => {
    const argv = build(`<iothreads>4</iothreads><iothreadids><iothread id='5'/><iothread id='2' thread_pool_max='8'/></iothreadids>`, '');
    const threads = objects(argv).filter((o) => o['qom-type'] === 'iothread');
    expect(threads).toEqual([
      { 'qom-type': 'iothread', id: 'iothread5' },
      { 'qom-type': 'iothread', id: 'iothread2', 'thread-pool-max': 8 },
      { 'qom-type': 'iothread', id: 'iothread1' },
      { 'qom-type': 'iothread', id: 'iothread3' },
    ]);
    expect(argv[argv.indexOf('-smp') + 2]).toBe('-object');
  });

  it('puts virtio disks and virtio-scsi controllers on the thread their driver names', () => {
    const argv = build('<iothreads>2</iothreads>', `
      <disk type='file' device='disk'><driver name='qemu' type='raw' iothread='2'/><source file='/a.img'/><target dev='vda' bus='virtio'/></disk>
      <controller type='scsi' index='0' model='virtio-scsi'><driver iothread='1'/></controller>`);
    const devs = argv.flatMap((a, i) => (argv[i - 1] === '-device' ? [JSON.parse(a) as Record<string, unknown>] : []));
    expect(devs.find((d) => d.driver === 'virtio-blk-pci')?.iothread).toBe('iothread2');
    expect(devs.find((d) => d.driver === 'virtio-scsi-pci')?.iothread).toBe('iothread1');
  });

  it('gives a memory module the access mode of the guest NUMA cell it plugs into', () => {
    const argv = build(`<maxMemory slots='4' unit='KiB'>4194304</maxMemory>
      <memoryBacking><hugepages/><access mode='private'/></memoryBacking>
      <cpu><numa><cell id='0' cpus='0' memory='65536' unit='KiB' memAccess='shared'/></numa></cpu>`,
    `<memory model='dimm'><target><size unit='KiB'>524288</size><node>0</node></target></memory>`);
    expect(objects(argv).find((o) => o.id === 'memdimm0')?.share).toBe(true);
  });
});
