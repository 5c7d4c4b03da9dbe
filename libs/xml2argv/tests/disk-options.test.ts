import { createDecipheriv } from 'node:crypto';
import { parseDomain } from '@virtkit/model';
import { describe, expect, it } from 'vitest';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { buildCommandLine, libvirtTestRuntime } from '../src/index.js';

const FLAGS = ['device.json+hotplug', 'object.qapified', 'netdev.json', 'blockdev', 'virtio-scsi-pci', 'scsi-block', 'pr-manager-helper'];

export function buildDisks(disks: string, flags: string[] = [], usbModel = 'none'): string[] {
  const xml = `<domain type='qemu'><name>vm</name><memory>65536</memory><vcpu>1</vcpu>
    <os><type arch='x86_64' machine='pc'>hvm</type></os>
    <devices><emulator>/usr/bin/qemu-system-x86_64</emulator><controller type='usb' index='0' model='${usbModel}'/>${disks}
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

describe('network disk objects', () => {
  const net = (source: string): string => `<disk type='network' device='disk'><driver name='qemu' type='raw'/>${source}<target dev='vda' bus='virtio'/></disk>`;

  it('gives an NBD source with TLS client credentials that verify the server, and its hostname', () => {
    const argv = buildDisks(net(`<source protocol='nbd' tls='yes' tlsHostname='h.example'><host name='example.com' port='1234'/></source>`), ['blockdev.nbd.tls-hostname']);
    const objects = values(argv, '-object');
    expect(objects).toContainEqual({
      'qom-type': 'tls-creds-x509', id: 'objlibvirt-1-storage_tls0', dir: '/etc/pki/libvirt-nbd/dummy,path', endpoint: 'client', 'verify-peer': true,
    });
    const node = values(argv, '-blockdev').find((b) => b.driver === 'nbd');
    expect(node).toMatchObject({ 'tls-creds': 'objlibvirt-1-storage_tls0', 'tls-hostname': 'h.example' });
  });

  it('passes HTTP cookies as one encrypted header value', () => {
    const argv = buildDisks(net(`<source protocol='http' name='a.img'><host name='example.org'/>
      <cookies><cookie name='a'>1</cookie><cookie name='b'>"x y"</cookie></cookies></source>`));
    const secret = values(argv, '-object').find((o) => o.id === 'libvirt-1-storage-httpcookie-secret0');
    expect(secret).toMatchObject({ 'qom-type': 'secret', keyid: 'masterKey0', format: 'base64' });
    const runtime = libvirtTestRuntime();
    const decipher = createDecipheriv('aes-256-cbc', runtime.secrets.masterKey, Buffer.from(String(secret!.iv), 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(String(secret!.data), 'base64')), decipher.final()]).toString();
    expect(plain).toBe('a=1; b="x y"');
    expect(values(argv, '-blockdev').find((b) => b.driver === 'http')?.['cookie-secret']).toBe('libvirt-1-storage-httpcookie-secret0');
  });
});

describe('copy-on-read', () => {
  it('puts a copy-on-read filter over the image and attaches the device to it', () => {
    const argv = buildDisks(`<disk type='file' device='disk'><driver name='qemu' type='qcow2' copy_on_read='on'/>
      <source file='/a.qcow2'/><target dev='vdc' bus='virtio'/></disk>`);
    const nodes = values(argv, '-blockdev');
    expect(nodes.at(-1)).toEqual({ driver: 'copy-on-read', 'node-name': 'libvirt-CoR-vdc', file: 'libvirt-1-format', discard: 'unmap' });
    expect(values(argv, '-device').find((d) => d.driver === 'virtio-blk-pci')?.drive).toBe('libvirt-CoR-vdc');
  });
});

describe('NVMe sources and storage slices', () => {
  it('opens an NVMe namespace by PCI address and limits a raw image to its slice on the format node', () => {
    const argv = buildDisks(`<disk type='nvme' device='disk'><driver name='qemu' type='raw'/>
      <source type='pci' managed='yes' namespace='2'><address domain='0x0001' bus='0x02' slot='0x1f' function='0x3'/>
      <slices><slice type='storage' offset='512' size='4096'/></slices></source><target dev='vda' bus='virtio'/></disk>`);
    const nodes = values(argv, '-blockdev');
    expect(nodes[0]).toMatchObject({ driver: 'nvme', device: '0001:02:1f.3', namespace: 2, 'node-name': 'libvirt-1-storage' });
    expect(nodes[1]).toEqual({ 'node-name': 'libvirt-1-format', 'read-only': false, driver: 'raw', offset: 512, size: 4096, file: 'libvirt-1-storage' });
  });

  it('reads a qcow2 image inside a slice through a raw slice node', () => {
    const argv = buildDisks(`<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
      <source file='/a.img'><slices><slice type='storage' offset='1024' size='65536'/></slices></source><target dev='vda' bus='virtio'/></disk>`);
    const nodes = values(argv, '-blockdev');
    expect(nodes.map((n) => n['node-name'])).toEqual(['libvirt-1-storage', 'libvirt-1-slice-sto', 'libvirt-1-format']);
    expect(nodes[1]).toMatchObject({ driver: 'raw', offset: 1024, size: 65536, file: 'libvirt-1-storage' });
    expect(nodes[2]).toMatchObject({ driver: 'qcow2', file: 'libvirt-1-slice-sto' });
  });
});

describe('rbd encryption', () => {
  const rbd = (encryption: string): string => `<disk type='network' device='disk'><driver name='qemu' type='raw'/>
    <source protocol='rbd' name='pool/image'><host name='mon1'/>${encryption}</source><target dev='vda' bus='virtio'/></disk>`;
  const secret = "<secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80fb0'/>";

  it('lets librbd decrypt (LUKS2 too) only when the encryption engine says so', () => {
    const own = values(buildDisks(rbd(`<encryption format='luks2' engine='librbd'>${secret}</encryption>`)), '-blockdev');
    expect(own[0]).toMatchObject({ driver: 'rbd', encrypt: { format: 'luks2', 'key-secret': 'libvirt-1-format-encryption-secret0' } });
    expect(own[1]).toMatchObject({ driver: 'raw' });
    const qemu = values(buildDisks(rbd(`<encryption format='luks'>${secret}</encryption>`)), '-blockdev');
    expect(qemu[0]).not.toHaveProperty('encrypt');
    expect(qemu[1]).toMatchObject({ driver: 'luks', 'key-secret': 'libvirt-1-format-encryption-secret0' });
  });
});

describe('directories and pool volumes', () => {
  it('shows a host directory as a read-only FAT floppy', () => {
    const argv = buildDisks(`<disk type='dir' device='floppy'><driver name='qemu' type='fat'/><source dir='/srv/files'/>
      <target dev='fda' bus='fdc'/><readonly/></disk>`);
    const nodes = values(argv, '-blockdev');
    expect(nodes[0]).toMatchObject({ driver: 'vvfat', dir: '/srv/files', floppy: true, rw: false });
    expect(nodes[1]).toMatchObject({ driver: 'raw', 'read-only': true });
  });

  it('builds a pool volume as what the storage lookup finds, and refuses one it does not know', () => {
    const argv = buildDisks(`<disk type='volume' device='disk'><driver name='qemu' type='qcow2'/><source pool='p' volume='block+lv0'/>
      <target dev='vda' bus='virtio'/></disk>`);
    expect(values(argv, '-blockdev')[0]).toMatchObject({ driver: 'host_device', filename: '/some/block/device/lv0' });
    expect(() => buildDisks(`<disk type='volume' device='disk'><source pool='p' volume='unit:0:0:1'/><target dev='vda' bus='virtio'/></disk>`))
      .toThrow(/not implemented.*volume/);
  });
});

describe('transient disks', () => {
  it('leaves a transient disk that shares its backing image to hot-plug, without using a node number', () => {
    const argv = buildDisks(`<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/t.img'/>
      <target dev='vda' bus='virtio'/><transient shareBacking='yes'/></disk>
      <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/k.img'/><target dev='vdb' bus='virtio'/></disk>`);
    expect(values(argv, '-blockdev').map((b) => b.filename ?? b['node-name'])).toEqual(['/k.img', 'libvirt-1-format']);
    expect(values(argv, '-device').filter((d) => d.driver === 'virtio-blk-pci').map((d) => d.id)).toEqual(['virtio-disk1']);
  });
});

describe('USB disks', () => {
  it('attaches a usb-storage device at its USB port, fixed unless marked removable', () => {
    const disk = (removable: string): string => `<disk type='file' device='disk'>
      <source file='/u.img'/><target dev='sda' bus='usb'${removable}/></disk>`;
    const dev = (argv: string[]) => values(argv, '-device').find((d) => d.driver === 'usb-storage');
    expect(dev(buildDisks(disk(''), ['piix3-usb-uhci', 'usb-storage', 'usb-storage.removable'], 'piix3-uhci')))
      .toEqual({ driver: 'usb-storage', bus: 'usb.0', port: '1', drive: 'libvirt-1-format', id: 'usb-disk0', bootindex: 1, removable: false });
    expect(dev(buildDisks(disk(" removable='on'"), ['piix3-usb-uhci', 'usb-storage', 'usb-storage.removable'], 'piix3-uhci'))?.removable).toBe(true);
  });
});

describe('SD cards and serial numbers', () => {
  it('gives an SD card a legacy -drive without block nodes, and escapes spaces in serial numbers', () => {
    const argv = buildDisks(`<disk type='file' device='disk'><source file='/a,b.img'/><target dev='vda' bus='virtio'/><serial> S N</serial></disk>
      <disk type='file' device='disk'><source file='/sd,card'/><target dev='sdb' bus='sd'/></disk>`);
    expect(argv[argv.indexOf('-drive') + 1]).toBe('file=/sd,,card,format=raw,if=sd,index=1');
    expect(values(argv, '-blockdev').map((b) => b['node-name'])).toEqual(['libvirt-1-storage', 'libvirt-1-format']);
    expect(values(argv, '-device').find((d) => d.driver === 'virtio-blk-pci')?.serial).toBe('\\ S\\ N');
  });
});

describe('NFS sources', () => {
  const nfs = (identity: string): string => `<disk type='network' device='disk'><driver name='qemu' type='raw'/>
    <source protocol='nfs' name='/export/a.img'><host name='nfs.example'/>${identity}</source><target dev='vda' bus='virtio'/></disk>`;

  it('connects with the numeric identity and refuses names it cannot resolve', () => {
    expect(values(buildDisks(nfs("<identity user='+107' group='+64'/>")), '-blockdev')[0]).toMatchObject({
      driver: 'nfs', server: { host: 'nfs.example', type: 'inet' }, path: '/export/a.img', user: 107, group: 64,
    });
    expect(() => buildDisks(nfs("<identity user='qemu' group='+64'/>"))).toThrow(/by name/);
  });
});
