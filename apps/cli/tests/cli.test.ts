import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libvirtCorpusDir } from '@virtkit/testkit';
import { virtkit } from './cli-process.js';

const corpus = libvirtCorpusDir();
const caps = (name: string): string => join(corpus!, 'caps', name);
const QEMU = '/usr/bin/qemu-system-x86_64';

describe('virtkit command line', () => {
  it('prints help (0) and complains without a command (2)', () => {
    const help = virtkit('help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('domcapabilities');
    expect(virtkit().status).toBe(2);
  });

  it.each([
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['caps', '--format', 'yaml'], '--format must be xml or json'],
    [['caps', '--binary'], '--binary needs a value'],
    [['caps', '--binary', '/x', '--caps', '/y'], 'either --binary or --caps'],
    [['domcapabilities', '--virttype', 'xen'], '--virttype must be kvm or qemu'],
    [['caps', 'extra'], "unexpected argument 'extra'"],
  ])('usage error %j exits 2', (args, message) => {
    const r = virtkit(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('a binary that is not QEMU fails with 1 and the error code', () => {
    const r = virtkit('caps', '--binary', '/bin/true', '--no-cache');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error 6002');
  });

  it('a missing capabilities file fails with 1', () => {
    const r = virtkit('caps', '--caps', '/nonexistent/caps.xml');
    expect(r.status).toBe(1);
  });
});

describe.skipIf(!corpus)('virtkit with libvirt capability files', () => {
  it('caps --caps FILE reproduces libvirt\'s <qemuCaps> XML', () => {
    const r = virtkit('caps', '--caps', caps('caps_7.2.0.x86_64.xml'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(caps('caps_7.2.0.x86_64.xml'), 'utf8'));
  });

  it('caps --format json from a recorded conversation', () => {
    const r = virtkit('caps', '--caps', caps('caps_7.0.0.aarch64.replies'), '--format', 'json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { arch: string; flags: string[]; gic: unknown[] };
    expect(json.arch).toBe('aarch64');
    expect(json.flags).toContain('gic-version');
    expect(json.gic).toHaveLength(2);
  });

  it('domcapabilities for a machine alias and virt type', () => {
    const r = virtkit('domcapabilities', '--caps', caps('caps_7.2.0.x86_64.xml'), '--machine', 'q35', '--virttype', 'qemu');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<domain>qemu</domain>');
    expect(r.stdout).toContain('<machine>pc-q35-7.2</machine>');
    expect(r.stdout).toContain("<mode name='host-passthrough' supported='no'/>");
  });

  it('domcapabilities for a machine the emulator lacks fails with 1', () => {
    const r = virtkit('domcapabilities', '--caps', caps('caps_7.2.0.x86_64.xml'), '--machine', 'virt');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("machine type 'virt'");
  });
});

describe.skipIf(!existsSync(QEMU))('virtkit against the installed QEMU', () => {
  it('probes, caches, and answers domcapabilities', () => {
    const dir = mkdtempSync(join(tmpdir(), 'virtkit-cli-cache-'));
    const first = virtkit('caps', '--binary', QEMU, '--cache-dir', dir);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("<flag name='tcg'/>");
    const second = virtkit('caps', '--binary', QEMU, '--cache-dir', dir);
    expect(second.stdout).toBe(first.stdout);
    const dc = virtkit('domcapabilities', '--binary', QEMU, '--cache-dir', dir, '--virttype', 'qemu');
    expect(dc.status).toBe(0);
    expect(dc.stdout).toMatch(/<machine>pc-i440fx-[\d.]+<\/machine>/);
  });
});
