import { describe, expect, it } from 'vitest';
import { parseDomain } from '@virtkit/model';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { buildCommandLine, libvirtTestRuntime, renderArgs } from '../src/index.js';

const caps = fakeCapabilities('x86_64', ['device.json+hotplug', 'object.qapified', 'netdev.json', 'piix3-usb-uhci']);

function build(name: string, path: string, mac = '52:54:00:00:00:01'): string[] {
  const esc = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll("'", '&apos;').replaceAll('\n', '&#10;');
  const xml = `<domain type='qemu'><name>${esc(name)}</name><uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>
    <memory>65536</memory><vcpu>1</vcpu><os><type arch='x86_64' machine='pc'>hvm</type></os>
    <devices><emulator>/usr/bin/qemu-system-x86_64</emulator>
      <disk type='file' device='disk'><source file='${esc(path)}'/><target dev='vda' bus='virtio'/></disk>
      <interface type='user'><mac address='${esc(mac)}'/><model type='virtio'/></interface>
      <memballoon model='none'/></devices></domain>`;
  return [...buildCommandLine(parseDomain(xml), caps, libvirtTestRuntime()).argv];
}

const after = (argv: string[], opt: string): string[] => argv.flatMap((a, i) => (argv[i - 1] === opt ? [a] : []));

describe('no XML value can inject an option', () => {
  it('doubles commas in -name so ",debug-threads=off" stays part of the name', () => {
    const argv = build('x,debug-threads=off,process=evil', '/tmp/a.img');
    expect(after(argv, '-name')).toEqual(['guest=x,,debug-threads=off,,process=evil,debug-threads=on']);
  });
  it('keeps paths with quotes, newlines and JSON metacharacters inside one JSON string', () => {
    const path = '/tmp/a",\n"driver":"nbd\'{x}.img';
    const argv = build('vm', path);
    const storage = JSON.parse(after(argv, '-blockdev')[0]!) as Record<string, unknown>;
    expect(storage.filename).toBe(path);
    expect(storage.driver).toBe('file');
  });
  it('keeps a hostile MAC inside the device JSON', () => {
    const mac = '52:54:00:00:00:01","driver":"e1000';
    const dev = after(build('vm', '/tmp/a.img', mac), '-device').map((d) => JSON.parse(d) as Record<string, unknown>).find((d) => d.id === 'net0');
    expect(dev).toMatchObject({ driver: 'virtio-net-pci', mac });
  });
  it('renders values with shell metacharacters single-quoted', () => {
    const text = renderArgs({ env: [], argv: ['/bin/qemu', '-name', "guest=it's $HOME"] });
    expect(text).toBe("/bin/qemu \\\n-name 'guest=it'\\''s $HOME'\n");
  });
});
