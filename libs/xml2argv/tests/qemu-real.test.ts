import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probe, type QemuCapabilities } from '@virtkit/capabilities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDomain } from '@virtkit/model';
import { buildCommandLine, standaloneRuntime, type CommandLine, type Runtime } from '../src/index.js';
import { startQemu, type RunningQemu } from './support/qemu.js';

const QEMU = '/usr/bin/qemu-system-x86_64';
const haveQemu = existsSync(QEMU) && existsSync('/usr/bin/qemu-img');

// Strings chosen to break naive quoting: option separators, quotes, JSON metacharacters.
const NASTY_NAME = 'vm,one="two"=3{4}[5]\\6\'7';
const NASTY_FILE = 'disk,a="b"=c{d}\'e.qcow2';

function domainXml(name: string, image: string, cdrom: string): string {
  const esc = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll("'", '&apos;').replaceAll('"', '&quot;');
  return `<domain type='qemu'>
  <name>${esc(name)}</name>
  <uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>
  <devices>
    <emulator>${QEMU}</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='${esc(image)}'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file='${esc(cdrom)}'/>
      <target dev='hdc' bus='ide'/>
    </disk>
    <interface type='user'><mac address='52:54:00:12:34:56'/><model type='virtio'/></interface>
    <serial type='pty'/>
    <graphics type='vnc' port='-1'><listen type='none'/></graphics>
  </devices>
</domain>`;
}

describe.skipIf(!haveQemu)('generated command lines start a real QEMU', () => {
  let dir: string;
  let caps: QemuCapabilities;
  let qemu: RunningQemu | undefined;
  let cmd: CommandLine;
  let image: string;
  let cdrom: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'virtkit-x2a-'));
    image = join(dir, NASTY_FILE);
    cdrom = join(dir, 'cd,rom.iso');
    execFileSync('/usr/bin/qemu-img', ['create', '-q', '-f', 'qcow2', image, '16M']);
    execFileSync('/usr/bin/qemu-img', ['create', '-q', '-f', 'raw', cdrom, '1M']);
    caps = (await probe(QEMU, { noCache: true })).caps;
    const base = standaloneRuntime({ libDir: join(dir, 'lib') });
    const privateDir = join(dir, 'lib', `domain--1-${[...NASTY_NAME].slice(0, 20).join('')}`);
    mkdirSync(privateDir, { recursive: true });
    // What the daemon does before starting QEMU: write the master key the secret object reads.
    writeFileSync(join(privateDir, 'master-key.aes'), Buffer.alloc(32, 7));
    const runtime: Runtime = { ...base, monitor: { path: join(dir, 'qmp.sock') } };
    cmd = buildCommandLine(parseDomain(domainXml(NASTY_NAME, image, cdrom)), caps, runtime);
    qemu = await startQemu(cmd, join(dir, 'qmp.sock'));
  }, 60_000);

  afterAll(async () => {
    await qemu?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers query-status in the prelaunch state (-S)', async () => {
    const reply = await qemu!.qmp.command('query-status');
    expect(reply.return).toMatchObject({ running: false, status: 'prelaunch' });
  });

  it('reports the guest name exactly as written in the XML', async () => {
    const reply = await qemu!.qmp.command('query-name');
    expect(reply.return).toEqual({ name: NASTY_NAME });
  });

  it('opened the disk images at the exact paths, commas and quotes included', async () => {
    const reply = await qemu!.qmp.command('query-named-block-nodes', { flat: true });
    const files = (reply.return as { drv: string; file: string; 'node-name': string }[])
      .filter((n) => n.drv === 'file').map((n) => n.file);
    expect(files).toContain(image);
    expect(files).toContain(cdrom);
  });

  it('created the NIC with the MAC from the XML', async () => {
    const reply = await qemu!.qmp.command('qom-get', { path: '/machine/peripheral/net0', property: 'mac' });
    expect(reply.return).toBe('52:54:00:12:34:56');
  });
});
