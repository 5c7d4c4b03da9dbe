import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probe } from '@virtkit/capabilities';
import { parseDomain } from '@virtkit/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommandLine, directoryFirmwareLookup, standaloneRuntime, type CommandLine, type Runtime } from '../src/index.js';
import { startQemu, type RunningQemu } from './support/qemu.js';

// Starts the host's QEMU on a command line full of the less common device families (firmware
// picked from a descriptor, IOMMU, shared memory, USB hub, smartcard, redirection filter,
// watchdog, panic, RNG, SMBIOS/fw_cfg) with commas in every value that can hold one, and
// reads back over QMP what QEMU made of it.
const QEMU = '/usr/bin/qemu-system-x86_64';
const CODE = '/usr/share/OVMF/OVMF_CODE_4M.fd';
const VARS = '/usr/share/OVMF/OVMF_VARS_4M.fd';
const ready = existsSync(QEMU) && existsSync(CODE) && existsSync(VARS);
const SHM = `virtkit,shm-${process.pid}`;
const FILTER = '0x08:0x15E1:0x2007:0x0110:1|-1:-1:-1:-1:0';

function domainXml(dir: string): string {
  return `<domain type='qemu'>
  <name>devices</name>
  <uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>
  <memory unit='MiB'>128</memory>
  <vcpu>1</vcpu>
  <sysinfo type='smbios'><system><entry name='manufacturer'>Acme, Inc.</entry></system><oemStrings><entry>k=v,w</entry></oemStrings></sysinfo>
  <sysinfo type='fwcfg'><entry name='opt/org.virtkit/a,b'>x,y</entry></sysinfo>
  <os firmware='efi'><type arch='x86_64' machine='q35'>hvm</type><nvram>${dir}/va,rs.fd</nvram><smbios mode='sysinfo'/></os>
  <features><acpi/></features>
  <devices>
    <emulator>${QEMU}</emulator>
    <controller type='usb' model='qemu-xhci'/>
    <hub type='usb'/>
    <smartcard mode='passthrough' type='unix'><source mode='bind' path='${dir}/sc,1.sock'/></smartcard>
    <redirdev bus='usb' type='pty'/>
    <redirfilter><usbdev class='0x08' vendor='0x15e1' product='0x2007' version='1.10' allow='yes'/><usbdev allow='no'/></redirfilter>
    <watchdog model='i6300esb' action='pause'/>
    <rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>
    <shmem name='${SHM}'><model type='ivshmem-plain'/><size unit='M'>1</size></shmem>
    <panic model='isa'><address type='isa' iobase='0x505'/></panic>
    <iommu model='intel'/>
    <memballoon model='none'/>
  </devices>
</domain>`;
}

describe.skipIf(!ready)('less common device families start a real QEMU', () => {
  let dir: string;
  let qemu: RunningQemu | undefined;
  let cmd: CommandLine;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'virtkit-x2a-dev,'));
    // Our own descriptor, so the test does not depend on what the host's packages ship.
    const fwdir = join(dir, 'firmware');
    mkdirSync(fwdir);
    writeFileSync(join(fwdir, '50-test.json'), JSON.stringify({
      'interface-types': ['uefi'],
      mapping: { device: 'flash', executable: { filename: CODE, format: 'raw' }, 'nvram-template': { filename: VARS, format: 'raw' } },
      targets: [{ architecture: 'x86_64', machines: ['pc-q35-*'] }],
      features: ['acpi-s3'],
    }));
    // The daemon's part before QEMU starts: the variable store from its template, the master key.
    copyFileSync(VARS, join(dir, 'va,rs.fd'));
    const caps = (await probe(QEMU, { noCache: true })).caps;
    const base = standaloneRuntime({ libDir: join(dir, 'lib') });
    mkdirSync(join(dir, 'lib', 'domain--1-devices'), { recursive: true });
    writeFileSync(join(dir, 'lib', 'domain--1-devices', 'master-key.aes'), Buffer.alloc(32, 7));
    const runtime: Runtime = { ...base, monitor: { path: join(dir, 'qmp.sock') }, firmware: directoryFirmwareLookup([{ dir: fwdir }]) };
    cmd = buildCommandLine(parseDomain(domainXml(dir)), caps, runtime);
    qemu = await startQemu(cmd, join(dir, 'qmp.sock'));
  }, 60_000);

  afterAll(async () => {
    await qemu?.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(`/dev/shm/${SHM}`, { force: true });
  });

  it('accepts every option (prelaunch state)', async () => {
    const reply = await qemu!.qmp.command('query-status');
    expect(reply.return, `${qemu!.stderr()}\n${cmd.argv.join(' ')}`).toMatchObject({ status: 'prelaunch' });
  });

  it('maps the auto-selected firmware and the variable store at its comma path', async () => {
    const reply = await qemu!.qmp.command('query-named-block-nodes', { flat: true });
    const files = (reply.return as { drv: string; file: string }[]).filter((n) => n.drv === 'file').map((n) => n.file);
    expect(files).toEqual(expect.arrayContaining([CODE, join(dir, 'va,rs.fd')]));
  });

  it('backs the shared memory with the named /dev/shm file', async () => {
    const reply = await qemu!.qmp.command('qom-get', { path: '/objects/shmmem-shmem0', property: 'mem-path' });
    expect(reply.return).toBe(`/dev/shm/${SHM}`);
  });

  it('hands the redirection filter over intact', async () => {
    const reply = await qemu!.qmp.command('qom-get', { path: '/machine/peripheral/redir0', property: 'filter' });
    expect(reply.return).toBe(FILTER);
  });

  it('created the hub, the smartcard reader and card, the IOMMU, the watchdog and the RNG', async () => {
    const reply = await qemu!.qmp.command('qom-list', { path: '/machine/peripheral' });
    const names = (reply.return as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['hub0', 'ccid0', 'smartcard0', 'iommu0', 'watchdog0', 'rng0', 'shmem0']));
  });
});
