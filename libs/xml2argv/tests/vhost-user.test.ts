import { parseDomain } from '@virtkit/model';
import { describe, expect, it } from 'vitest';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { buildCommandLine, libvirtTestRuntime } from '../src/index.js';

const FLAGS = ['device.json+hotplug', 'object.qapified', 'netdev.json', 'blockdev', 'vhost-user-blk', 'vhost-user-vga', 'vhost-user-gpu', 'virtio-vga'];

function build(devices: string): string[] {
  const xml = `<domain type='qemu'><name>vm</name><memory>65536</memory><vcpu>1</vcpu>
    <memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>
    <os><type arch='x86_64' machine='pc'>hvm</type></os>
    <devices><emulator>/usr/bin/qemu-system-x86_64</emulator><controller type='usb' model='none'/>${devices}
      <memballoon model='none'/></devices></domain>`;
  return [...buildCommandLine(parseDomain(xml), fakeCapabilities('x86_64', FLAGS), libvirtTestRuntime()).argv];
}
const option = (argv: string[], opt: string): string[] => argv.flatMap((a, i) => (argv[i - 1] === opt ? [a] : []));

describe('vhost-user devices', () => {
  it('serves a vhost-user disk through a client socket chardev instead of block nodes', () => {
    const argv = build(`<disk type='vhostuser' device='disk'><driver name='qemu' type='raw' packed='on'/>
      <source type='unix' path='/run/a,b.sock'><reconnect enabled='yes' timeout='7'/></source><target dev='vda' bus='virtio'/></disk>`);
    expect(option(argv, '-blockdev')).toEqual([]);
    expect(option(argv, '-chardev')).toContain('socket,id=chr-vu-virtio-disk0,path=/run/a,,b.sock,reconnect=7');
    const dev = option(argv, '-device').map((d) => JSON.parse(d) as Record<string, unknown>).find((d) => d.driver === 'vhost-user-blk-pci');
    expect(dev).toMatchObject({ packed: true, chardev: 'chr-vu-virtio-disk0', id: 'virtio-disk0' });
    expect(dev).not.toHaveProperty('drive');
    expect(Object.keys(dev!).slice(-3)).toEqual(['chardev', 'id', 'bootindex']);
  });

  it('connects vhost-user video to the GPU process socket; only the secondary device takes virtio options', () => {
    const video = (primary: string) => `<video><driver name='vhostuser' ats='on'/><model type='virtio' heads='1' primary='${primary}'/></video>`;
    const argv = build(video('yes') + video('no'));
    expect(option(argv, '-chardev')).toEqual(expect.arrayContaining(['socket,id=chr-vu-video0,fd=1729', 'socket,id=chr-vu-video1,fd=1729']));
    const devs = option(argv, '-device').map((d) => JSON.parse(d) as Record<string, unknown>);
    expect(devs.find((d) => d.id === 'video0')).toMatchObject({ driver: 'vhost-user-vga', chardev: 'chr-vu-video0' });
    expect(devs.find((d) => d.id === 'video0')).not.toHaveProperty('ats');
    expect(devs.find((d) => d.id === 'video1')).toMatchObject({ driver: 'vhost-user-gpu-pci', ats: true, chardev: 'chr-vu-video1' });
  });

  it('serves a vhost-user NIC over a socket chardev, multiqueue on the guest side', () => {
    const argv = build(`<interface type='vhostuser'><mac address='52:54:00:00:00:01'/>
      <source type='unix' path='/run/sw.sock' mode='server'/><model type='virtio'/><driver queues='3'/></interface>`);
    expect(option(argv, '-chardev')).toContain('socket,id=charnet0,path=/run/sw.sock,server=on');
    expect(JSON.parse(option(argv, '-netdev')[0]!)).toEqual({ type: 'vhost-user', chardev: 'charnet0', queues: 3, id: 'hostnet0' });
    const nic = option(argv, '-device').map((d) => JSON.parse(d) as Record<string, unknown>).find((d) => d.driver === 'virtio-net-pci');
    expect(nic).toMatchObject({ mq: true, vectors: 8, netdev: 'hostnet0' });
  });

  it('passes a vDPA device as an fd set, virtio by default', () => {
    const argv = build(`<interface type='vdpa'><mac address='52:54:00:00:00:02'/><source dev='/dev/vhost-vdpa-0'/></interface>`);
    expect(option(argv, '-add-fd')).toEqual(['set=0,fd=1732,opaque=net0-vdpa']);
    expect(JSON.parse(option(argv, '-netdev')[0]!)).toEqual({ type: 'vhost-vdpa', vhostdev: '/dev/fdset/0', id: 'hostnet0' });
    expect(option(argv, '-device').some((d) => d.includes('"virtio-net-pci"'))).toBe(true);
  });

  it('connects a passt-backed user NIC to the socket of the passt process', () => {
    const argv = build(`<interface type='user'><mac address='52:54:00:00:00:03'/><model type='virtio'/><backend type='passt'/></interface>`);
    expect(JSON.parse(option(argv, '-netdev')[0]!)).toEqual({
      type: 'stream', addr: { type: 'unix', path: '/bad-test-used-env-xdg-runtime-dir/libvirt/qemu/run/passt/-1-vm-net0.socket' }, server: false, id: 'hostnet0',
    });
  });
});
