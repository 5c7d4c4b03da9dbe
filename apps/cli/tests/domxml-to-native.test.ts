import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libvirtCorpusDir } from '@virtkit/testkit';
import { virtkit } from './cli-process.js';

const corpus = libvirtCorpusDir();

const DOMAIN = `<domain type='qemu'>
  <name>cli,test</name>
  <uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <source file='/tmp/a,b.img'/>
      <target dev='vda' bus='virtio'/>
    </disk>
  </devices>
</domain>`;

describe.skipIf(!corpus)('virtkit domxml-to-native', () => {
  const dir = mkdtempSync(join(tmpdir(), 'virtkit-d2n-'));
  const file = join(dir, 'domain.xml');
  writeFileSync(file, DOMAIN);
  const caps = join(corpus!, 'caps', 'caps_8.0.0.x86_64.xml');

  it('prints the command line in libvirt .args form, commas escaped', () => {
    const r = virtkit('domxml-to-native', '--caps', caps, file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('-name guest=cli,,test,debug-threads=on \\\n');
    expect(r.stdout).toContain('"filename":"/tmp/a,b.img"');
    expect(r.stdout).toMatch(/-chardev socket,id=charmonitor,path=[^ ]*monitor.sock,server=on,wait=off/);
  });

  it('prints JSON {env, argv} with --format json', () => {
    const r = virtkit('domxml-to-native', '--caps', caps, '--format', 'json', file);
    expect(r.status).toBe(0);
    const cmd = JSON.parse(r.stdout) as { env: { name: string }[]; argv: string[] };
    expect(cmd.argv[0]).toBe('/usr/bin/qemu-system-x86_64');
    expect(cmd.env.map((e) => e.name)).toContain('LC_ALL');
  });

  it('rejects a bad format (2) and reports builder errors with their code (1)', () => {
    expect(virtkit('domxml-to-native', '--caps', caps, '--format', 'xml', file).status).toBe(2);
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, DOMAIN.replace('<devices>', '<devices><tpm model="tpm-tis"><backend type="passthrough"/></tpm>'));
    const r = virtkit('domxml-to-native', '--caps', caps, bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error \d+: /);
  });

  it('reports malformed XML and a non-domain document as input errors (1), not internal ones', () => {
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, DOMAIN.replace('</devices>', ''));
    const r = virtkit('domxml-to-native', '--caps', caps, broken);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^virtkit: error \d+: .*broken\.xml:\d+:\d+/);
    const network = join(dir, 'network.xml');
    writeFileSync(network, '<network><name>n</name></network>');
    const n = virtkit('domxml-to-native', '--caps', caps, network);
    expect(n.status).toBe(1);
    expect(n.stderr).toContain('expected <domain>');
  });
});
