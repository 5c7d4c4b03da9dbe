import { parseDomain } from '@virtkit/model';
import { describe, expect, it } from 'vitest';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { buildCommandLine, libvirtTestRuntime } from '../src/index.js';

const FLAGS = ['device.json+hotplug', 'object.qapified', 'netdev.json', 'blockdev', 'virtio-scsi-pci', 'scsi-block', 'pr-manager-helper'];

export function buildDisks(disks: string, flags: string[] = []): string[] {
  const xml = `<domain type='qemu'><name>vm</name><memory>65536</memory><vcpu>1</vcpu>
    <os><type arch='x86_64' machine='pc'>hvm</type></os>
    <devices><emulator>/usr/bin/qemu-system-x86_64</emulator><controller type='usb' model='none'/>${disks}
      <memballoon model='none'/></devices></domain>`;
  return [...buildCommandLine(parseDomain(xml), fakeCapabilities('x86_64', [...FLAGS, ...flags]), libvirtTestRuntime()).argv];
}
const values = (argv: string[], opt: string): Record<string, unknown>[] =>
  argv.flatMap((a, i) => (argv[i - 1] === opt ? [JSON.parse(a) as Record<string, unknown>] : []));

describe('SCSI LUN passthrough', () => {
  const lun = (n: number, reservations: string): string => `<disk type='block' device='lun'><driver name='qemu' type='raw'/>
    <source dev='/dev/lun${n}'>${reservations}</source><target dev='sd${'ab'[n]}' bus='scsi'/></disk>`;

  it('attaches persistent-reservation managers: the managed helper early, a user helper before its node', () => {
    const argv = buildDisks(`<controller type='scsi' index='0' model='virtio-scsi'/>
      ${lun(0, "<reservations managed='yes'/>")}
      ${lun(1, "<reservations managed='no'><source type='unix' path='/run/pr.sock' mode='client'/></reservations>")}`);
    const objects = values(argv, '-object');
    expect(objects).toContainEqual({ 'qom-type': 'pr-manager-helper', id: 'pr-helper0', path: '/tmp/lib/domain--1-vm/pr-helper0.sock' });
    expect(argv.indexOf('-machine')).toBeGreaterThan(argv.findIndex((a) => a.includes('"pr-helper0"')));
    const nodes = values(argv, '-blockdev').filter((b) => b.driver === 'host_device');
    expect(nodes.map((b) => b['pr-manager'])).toEqual(['pr-helper0', 'pr-helper-libvirt-1-storage']);
    expect(objects).toContainEqual({ 'qom-type': 'pr-manager-helper', id: 'pr-helper-libvirt-1-storage', path: '/run/pr.sock' });
  });

  it('gives scsi-block no device_id (the host LUN identifies itself)', () => {
    const argv = buildDisks(`<controller type='scsi' index='0' model='virtio-scsi'/>${lun(0, '')}`);
    const dev = values(argv, '-device').find((d) => d.driver === 'scsi-block');
    expect(dev).toBeDefined();
    expect(dev).not.toHaveProperty('device_id');
  });
});
