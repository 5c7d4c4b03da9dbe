import { describe, expect, it } from 'vitest';
import { parseDomain } from '@virtkit/model';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { buildCommandLine, libvirtTestRuntime, standaloneRuntime, Xml2ArgvError, type Runtime } from '../src/index.js';
import { usbVersion } from '../src/build/redirdev.js';

const JSON_FLAGS = ['device.json+hotplug', 'object.qapified', 'netdev.json'];

interface Opts {
  machine?: string;
  arch?: string;
  /** Extra domain-level elements after <os>. */
  top?: string;
  json?: boolean;
  runtime?: Runtime;
  extraFlags?: string[];
}

/** Builds a minimal x86 guest around the given `<devices>` content and returns its argv. */
function build(devices: string, opts: Opts = {}): string[] {
  const arch = opts.arch ?? 'x86_64';
  const xml = `<domain type='qemu'><name>vm</name><uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>
    <memory>65536</memory><vcpu>1</vcpu><os><type arch='${arch}' machine='${opts.machine ?? 'pc'}'>hvm</type></os>${opts.top ?? ''}
    <devices><emulator>/usr/bin/qemu-system-${arch}</emulator>
      <controller type='usb' model='${arch === 'x86_64' ? 'piix3-uhci' : 'none'}'/>${devices}<memballoon model='none'/></devices></domain>`;
  const flags = [...(opts.json === false ? [] : JSON_FLAGS), 'piix3-usb-uhci', ...(opts.extraFlags ?? [])];
  return [...buildCommandLine(parseDomain(xml), fakeCapabilities(arch, flags), opts.runtime ?? libvirtTestRuntime()).argv];
}

const after = (argv: string[], opt: string): string[] => argv.flatMap((a, i) => (argv[i - 1] === opt ? [a] : []));
const devices = (argv: string[]): Record<string, unknown>[] => after(argv, '-device').map((d) => JSON.parse(d) as Record<string, unknown>);

function refusal(fn: () => unknown): Xml2ArgvError {
  try {
    fn();
  } catch (e) {
    if (e instanceof Xml2ArgvError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('iommu', () => {
  it('maps the intel driver switches to their QEMU property types', () => {
    const extraFlags = ['intel-iommu', 'intel-iommu.intremap', 'intel-iommu.caching-mode', 'intel-iommu.eim', 'intel-iommu.device-iotlb', 'intel-iommu.aw-bits'];
    const argv = build(`<iommu model='intel'><driver intremap='on' caching_mode='off' eim='off' iotlb='on' aw_bits='39'/></iommu>`, { machine: 'q35', extraFlags });
    expect(devices(argv).find((d) => d.driver === 'intel-iommu')).toEqual({
      driver: 'intel-iommu', id: 'iommu0', intremap: 'on', 'caching-mode': false, eim: 'off', 'device-iotlb': true, 'aw-bits': 39,
    });
  });
  it('puts virtio-iommu on the root bus even on PCI Express machines', () => {
    const argv = build(`<iommu model='virtio'/>`, { machine: 'q35', top: "<features><acpi/></features>", extraFlags: ['virtio-iommu-pci', 'virtio-iommu.boot-bypass'] });
    expect(devices(argv).find((d) => d.driver === 'virtio-iommu')).toMatchObject({ bus: 'pcie.0', addr: expect.stringMatching(/^0x[0-9a-f]+$/) });
  });
  it('switches the ARM SMMUv3 on as a machine property, with no device', () => {
    const argv = build(`<iommu model='smmuv3'/>`, { arch: 'aarch64', machine: 'virt', extraFlags: ['machine.virt.iommu'] });
    expect(after(argv, '-machine')[0]).toMatch(/^virt,usb=off,.*iommu=smmuv3,/);
    expect(devices(argv).filter((d) => String(d.driver).includes('iommu'))).toEqual([]);
  });
});

describe('vsock', () => {
  it('asks the runtime for the fd and, with auto, for the CID', () => {
    expect(devices(build(`<vsock model='virtio'><cid auto='yes'/></vsock>`)).find((d) => d.id === 'vsock0'))
      .toMatchObject({ driver: 'vhost-vsock-pci', 'guest-cid': 42, vhostfd: '6789' });
    expect(devices(build(`<vsock model='virtio-transitional'><cid auto='no' address='7'/></vsock>`)).find((d) => d.id === 'vsock0'))
      .toMatchObject({ driver: 'vhost-vsock-pci-transitional', 'guest-cid': 7 });
  });
  it('is refused by a runtime that cannot open /dev/vhost-vsock', () => {
    expect(refusal(() => build(`<vsock><cid auto='yes'/></vsock>`, { runtime: standaloneRuntime() })).category).toBe('not-implemented');
  });
});

describe('tpm', () => {
  it('passes the device and cancel file as two fd sets', () => {
    const argv = build(`<tpm model='tpm-crb'><backend type='passthrough'><device path='/dev/tpm0'/></backend></tpm>`);
    expect(after(argv, '-add-fd')).toEqual(['set=0,fd=1730,opaque=tpm0-tpm', 'set=1,fd=1731,opaque=tpm0-cancel']);
    expect(after(argv, '-tpmdev')).toEqual(['passthrough,id=tpm-tpm0,path=/dev/fdset/0,cancel-path=/dev/fdset/1']);
  });
  it('doubles commas of an external socket path in -chardev', () => {
    const argv = build(`<tpm model='tpm-tis'><backend type='external'><source type='unix' mode='connect' path='/tmp/a,server=on.sock'/></backend></tpm>`);
    expect(after(argv, '-chardev')).toContain('socket,id=chrtpm,path=/tmp/a,,server=on.sock');
    expect(after(argv, '-tpmdev')).toEqual(['emulator,id=tpm-tpm0,chardev=chrtpm']);
  });
  it('uses the swtpm socket the runtime reports for an emulator', () => {
    const argv = build(`<tpm><backend type='emulator' version='2.0'/></tpm>`);
    expect(after(argv, '-chardev')).toContain('socket,id=chrtpm,path=/dev/test');
    expect(devices(argv).find((d) => d.id === 'tpm0')).toEqual({ driver: 'tpm-tis', tpmdev: 'tpm-tpm0', id: 'tpm0' });
  });
});

describe('smartcard', () => {
  it('adds the CCID controller and escapes certificate names in key=value syntax', () => {
    const argv = build(`<smartcard mode='host-certificates'><certificate>a,b</certificate><certificate>c</certificate><certificate>d</certificate></smartcard>`, { json: false });
    const devs = after(argv, '-device');
    expect(devs).toContain('usb-ccid,id=ccid0,bus=usb.0,port=1');
    expect(devs).toContain('ccid-card-emulated,backend=certificates,cert1=a,,b,cert2=c,cert3=d,db=/etc/pki/nssdb,id=smartcard0,bus=ccid0.0');
  });
  it('carries a SPICE passthrough card on the smartcard channel', () => {
    const argv = build(`<smartcard mode='passthrough' type='spicevmc'/>`);
    expect(after(argv, '-chardev')).toContain('spicevmc,id=charsmartcard0,name=smartcard');
    expect(devices(argv).find((d) => d.id === 'smartcard0')).toEqual({ driver: 'ccid-card-passthru', chardev: 'charsmartcard0', id: 'smartcard0', bus: 'ccid0.0' });
  });
});

describe('rng', () => {
  it('feeds an EGD backend through its own chardev, with commas doubled', () => {
    const argv = build(`<rng model='virtio'><backend model='egd' type='unix'><source mode='connect' path='/tmp/e,gd.sock'/></backend></rng>`, { json: false });
    expect(after(argv, '-chardev')).toContain('socket,id=charrng0,path=/tmp/e,,gd.sock');
    expect(after(argv, '-object')).toContain('rng-egd,id=objrng0,chardev=charrng0');
  });
  it('reads /dev/random when the random backend names no source, and keeps a named one intact', () => {
    expect(after(build(`<rng model='virtio'><backend model='random'/></rng>`), '-object').map((o) => JSON.parse(o) as Record<string, unknown>))
      .toContainEqual({ 'qom-type': 'rng-random', id: 'objrng0', filename: '/dev/random' });
    const hostile = '/dev/hw"rng,x';
    const objs = after(build(`<rng model='virtio'><backend model='random'>${hostile.replace('"', '&quot;')}</backend></rng>`), '-object');
    expect(objs.map((o) => JSON.parse(o) as Record<string, unknown>)).toContainEqual({ 'qom-type': 'rng-random', id: 'objrng0', filename: hostile });
  });
  it('writes the rate limit only with a byte count', () => {
    const dev = devices(build(`<rng model='virtio'><rate bytes='123' period='1234'/><backend model='builtin'/><driver ats='on'/></rng>`)).find((d) => d.id === 'rng0');
    expect(dev).toMatchObject({ driver: 'virtio-rng-pci', ats: true, rng: 'objrng0', 'max-bytes': 123, period: 1234 });
    expect(Object.keys(dev!).slice(0, 5)).toEqual(['driver', 'ats', 'rng', 'id', 'max-bytes']);
  });
});

describe('panic and watchdog', () => {
  it('writes the ISA iobase as pvpanic ioport and nothing for the Hyper-V notifier', () => {
    const argv = build(`<panic model='hyperv'/><panic model='isa'><address type='isa' iobase='0x505'/></panic>`);
    expect(devices(argv).filter((d) => String(d.driver).includes('panic'))).toEqual([{ driver: 'pvpanic', ioport: 0x505 }]);
  });
  it("maps the 'dump' action to QEMU's pause and leaves the default reset out", () => {
    expect(after(build(`<watchdog model='ib700' action='dump'/>`), '-watchdog-action')).toEqual(['pause']);
    expect(after(build(`<watchdog model='ib700'/>`), '-watchdog-action')).toEqual([]);
  });
});

describe('host devices', () => {
  const scsi = (unit: number, extra = ''): string => `<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='${unit}'/></source>${extra}<address type='drive' controller='0' bus='0' target='1' unit='${unit}'/></hostdev>`;
  it('numbers SCSI backends after every disk image, an empty CD-ROM included', () => {
    const argv = build(`<disk type='file' device='cdrom'><target dev='hdc' bus='ide'/></disk><disk type='file'><source file='/a.img'/><target dev='vda' bus='virtio'/></disk>
      <controller type='scsi' model='virtio-scsi'/>${scsi(3, '<readonly/>')}`);
    const backend = after(argv, '-blockdev').map((b) => JSON.parse(b) as Record<string, unknown>).find((b) => b.driver === 'host_device');
    expect(backend).toEqual({ driver: 'host_device', filename: '/dev/sg0', 'node-name': 'libvirt-3-backend', 'read-only': true });
    expect(devices(argv).find((d) => d.driver === 'scsi-generic')).toEqual({
      driver: 'scsi-generic', drive: 'libvirt-3-backend', id: 'hostdev0', bus: 'scsi0.0', channel: 0, 'scsi-id': 1, lun: 3,
    });
  });
  it('gives the single-channel LSI controller only a target id; a user alias does not use up a number', () => {
    const argv = build(`<controller type='scsi' model='lsilogic'/>${scsi(5, "<alias name='ua-x'/>")}${scsi(6)}`);
    expect(devices(argv).filter((d) => d.driver === 'scsi-generic').map((d) => [d.id, d['scsi-id'], d.lun])).toEqual([['ua-x', 5, undefined], ['hostdev0', 6, undefined]]);
  });
  it('leaves an unassigned PCI device out and names the failover partner of a teaming VF', () => {
    const pci = (fn: number, extra: string): string => `<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x03' slot='0x07' function='${fn}'/></source>${extra}</hostdev>`;
    const argv = build(`${pci(1, "<address type='unassigned'/>")}${pci(2, "<teaming type='transient' persistent='ua-net'/>")}`);
    const vfio = devices(argv).filter((d) => d.driver === 'vfio-pci');
    expect(vfio.map((d) => [d.host, d.failover_pair_id])).toEqual([['0000:03:07.2', 'ua-net']]);
  });
});

describe('virtiofs', () => {
  const fs = (source: string): string => `<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs' queue='512'/>${source}<target dir='tag,1'/></filesystem>`;
  const memory = `<memoryBacking><access mode='shared'/></memoryBacking>`;
  it("reaches libvirt's virtiofsd on a socket in the domain directory", () => {
    const argv = build(fs(`<binary path='/usr/libexec/virtiofsd'/><source dir='/srv'/>`), { top: memory });
    expect(after(argv, '-chardev')).toContain('socket,id=chr-vu-fs0,path=/tmp/lib/domain--1-vm/fs0-fs.sock');
    expect(devices(argv).find((d) => d.id === 'fs0')).toMatchObject({ driver: 'vhost-user-fs-pci', chardev: 'chr-vu-fs0', 'queue-size': 512, tag: 'tag,1' });
  });
  it('uses an externally started daemon socket, commas doubled', () => {
    const argv = build(fs(`<source socket='/run/fs,1.sock'/>`), { top: memory });
    expect(after(argv, '-chardev')).toContain('socket,id=chr-vu-fs0,path=/run/fs,,1.sock');
  });
});

describe('sysinfo', () => {
  const sysinfo = `<sysinfo type='smbios'><system><entry name='family'>A,B</entry><entry name='manufacturer'>M</entry></system>
    <oemStrings><entry>x=1,y=2</entry><entry>z</entry></oemStrings></sysinfo>
    <sysinfo type='fwcfg'><entry name='opt/a,b'>v,w</entry><entry name='opt/f' file='/tmp/f,1'/></sysinfo>`;
  const withMode = (mode: string): string[] => {
    const xml = `<domain type='qemu'><name>vm</name><uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid><memory>65536</memory>${sysinfo}
      <os><type arch='x86_64' machine='pc'>hvm</type><smbios mode='${mode}'/></os>
      <devices><controller type='usb' model='none'/><memballoon model='none'/></devices></domain>`;
    return [...buildCommandLine(parseDomain(xml), fakeCapabilities('x86_64', []), libvirtTestRuntime()).argv];
  };
  it('writes fields in table order with commas doubled, and OEM strings as type 11', () => {
    expect(after(withMode('sysinfo'), '-smbios')).toEqual(['type=1,manufacturer=M,family=A,,B', 'type=11,value=x=1,,y=2,value=z']);
  });
  it('comes between -uuid and the VM generation id', () => {
    const xml = `<domain type='qemu'><name>vm</name><uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid><genid>c7a5fdbd-edaf-9455-926a-d65c16db1809</genid>
      <memory>65536</memory>${sysinfo}<os><type arch='x86_64' machine='pc'>hvm</type><smbios mode='sysinfo'/></os>
      <devices><controller type='usb' model='none'/><memballoon model='none'/></devices></domain>`;
    const argv = [...buildCommandLine(parseDomain(xml), fakeCapabilities('x86_64', ['vmgenid']), libvirtTestRuntime()).argv];
    const at = (s: string): number => argv.findIndex((a) => a.startsWith(s));
    expect(at('-uuid')).toBeLessThan(at('-smbios'));
    expect(at('-fw_cfg')).toBeLessThan(argv.findIndex((a) => a.includes('vmgenid')));
  });
  it('writes fw_cfg items whatever the SMBIOS mode, and no tables when emulating', () => {
    const argv = withMode('emulate');
    expect(after(argv, '-smbios')).toEqual([]);
    expect(after(argv, '-fw_cfg')).toEqual(['name=opt/a,,b,string=v,,w', 'name=opt/f,file=/tmp/f,,1']);
  });
});

describe('shmem', () => {
  it('backs ivshmem-plain with a shared /dev/shm file and keeps the role', () => {
    const argv = build(`<shmem name='a,b' role='peer'><model type='ivshmem-plain'/><size unit='M'>2</size></shmem>`, { extraFlags: ['ivshmem-plain'] });
    expect(after(argv, '-object').map((o) => JSON.parse(o) as Record<string, unknown>))
      .toContainEqual({ 'qom-type': 'memory-backend-file', id: 'shmmem-shmem0', 'mem-path': '/dev/shm/a,b', size: 2097152, share: true });
    expect(devices(argv).find((d) => d.id === 'shmem0')).toMatchObject({ driver: 'ivshmem-plain', memdev: 'shmmem-shmem0', master: false });
  });
  it('puts the doorbell server socket after the device, eventfd on by default', () => {
    const argv = build(`<shmem name='s'><model type='ivshmem-doorbell'/><server path='/tmp/s,ock'/><msi vectors='8'/></shmem>`, { json: false, extraFlags: ['ivshmem-doorbell'] });
    const i = argv.indexOf('ivshmem-doorbell,id=shmem0,chardev=charshmem0,vectors=8,ioeventfd=on,bus=pci.0,addr=0x2');
    expect(i).toBeGreaterThan(0);
    expect(argv.slice(i + 1, i + 3)).toEqual(['-chardev', 'socket,id=charshmem0,path=/tmp/s,,ock']);
  });
});

describe('redirdev filter', () => {
  it('encodes USB release numbers as BCD', () => {
    expect([usbVersion('1.10'), usbVersion('1.09'), usbVersion('9.4'), usbVersion('-1'), usbVersion(undefined)]).toEqual(['0x0110', '0x0109', '0x0940', '-1', '-1']);
  });
  it('applies the rules to every redirected device as one filter property', () => {
    const redir = `<redirdev bus='usb' type='tcp'><source mode='connect' host='localhost' service='4000'/></redirdev>`;
    const argv = build(`${redir}${redir}<redirfilter><usbdev class='0x8' vendor='0x15e1' product='0x2007' version='2.0' allow='yes'/><usbdev allow='no'/></redirfilter>`);
    expect(devices(argv).filter((d) => d.driver === 'usb-redir').map((d) => d.filter))
      .toEqual(Array(2).fill('0x08:0x15E1:0x2007:0x0200:1|-1:-1:-1:-1:0'));
  });
});

describe('fd sets', () => {
  it('share one numbering between chardev files and TPM passthrough', () => {
    const argv = build(`<serial type='file'><source path='/tmp/serial.log'/><target port='0'/></serial>
      <tpm model='tpm-tis'><backend type='passthrough'><device path='/dev/tpm0'/></backend></tpm>`);
    expect(after(argv, '-add-fd').map((v) => v.split(',')[0])).toEqual(['set=0', 'set=1', 'set=2']);
  });
});
