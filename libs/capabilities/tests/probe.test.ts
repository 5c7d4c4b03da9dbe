import { utimesSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CapsCode, ProbeError, probe, sortFlags, fromLibvirtXmlFile } from '../src/index.js';
import { cacheFile } from '../src/probe/cache.js';
import { capsPath, corpus } from './corpus.js';
import { writeFakeQemu, writeScript } from './fake-qemu.js';

const cacheDir = (): string => mkdtempSync(join(tmpdir(), 'virtkit-cache-'));

async function probeError(binary: string, timeoutMs = 1500): Promise<ProbeError> {
  const err = await probe(binary, { cacheDir: cacheDir(), timeoutMs, kvm: false }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ProbeError);
  return err as ProbeError;
}

describe('probe failures are typed and bounded', () => {
  it('a missing binary', async () => {
    expect((await probeError('/nonexistent/qemu-system-x86_64')).code).toBe(CapsCode.BinaryNotFound);
  });
  it('a directory is not a binary', async () => {
    expect((await probeError(tmpdir())).code).toBe(CapsCode.BinaryNotFound);
  });
  it('/bin/true exits without a monitor', async () => {
    const err = await probeError('/bin/true');
    expect(err.code).toBe(CapsCode.NotQemu);
    expect(err.message).toContain('exited with status 0');
  });
  it('/bin/cat is not QEMU either', async () => {
    expect((await probeError('/bin/cat')).code).toBe(CapsCode.NotQemu);
  });
  it('a script that prints to stderr and fails keeps its stderr', async () => {
    const err = await probeError(writeScript('echo "qemu: unsupported accelerator" >&2; exit 1'));
    expect(err.code).toBe(CapsCode.NotQemu);
    expect(err.stderr).toContain('unsupported accelerator');
  });
  it('a process that never opens its monitor times out', async () => {
    const err = await probeError(writeScript('exec sleep 30'), 500);
    expect(err.code).toBe(CapsCode.NotQemu);
    expect(err.message).toContain('no QMP monitor appeared within 500 ms');
  });
  it('a QEMU that greets and then hangs', async () => {
    const err = await probeError(writeFakeQemu('greet-then-hang'), 800);
    expect(err.code).toBe(CapsCode.ProbeTimeout);
  });
  it('a QEMU that dies in the middle of the probe', async () => {
    const err = await probeError(writeFakeQemu('die-mid-probe'));
    expect(err.code).toBe(CapsCode.ProbeDied);
    expect(err.message).toContain('query-version');
  });
});

describe.skipIf(!corpus)('probing over a real unix socket (recorded QEMU 7.2 answers)', () => {
  const stem = 'caps_7.2.0.x86_64';

  it('derives what libvirt derived, with a KVM pass and a TCG pass', async () => {
    const fake = writeFakeQemu({ replies: capsPath(stem, 'replies') });
    const r = await probe(fake, { cacheDir: cacheDir(), kvm: true });
    const want = fromLibvirtXmlFile(capsPath(stem, 'xml'));
    expect(sortFlags(r.caps.flags)).toEqual(sortFlags(want.flags));
    expect(r.caps.tcg?.machines).toEqual(want.tcg?.machines);
    expect(r.passes.map((p) => p.accel)).toEqual(['kvm', 'tcg']);
    expect(r.fromCache).toBe(false);
  });

  it('caches, refreshes stale entries, and re-probes over a corrupt cache with a warning', async () => {
    const fake = writeFakeQemu({ replies: capsPath(stem, 'replies') });
    const dir = cacheDir();
    expect((await probe(fake, { cacheDir: dir, kvm: true })).fromCache).toBe(false);
    const again = await probe(fake, { cacheDir: dir, kvm: true });
    expect(again.fromCache).toBe(true);
    expect(again.caps.flags.has('kvm')).toBe(true);

    utimesSync(fake, new Date(), new Date(Date.now() + 5000));
    expect((await probe(fake, { cacheDir: dir, kvm: true })).fromCache).toBe(false);
    expect((await probe(fake, { cacheDir: dir, kvm: true })).fromCache).toBe(true);

    writeFileSync(cacheFile(dir, fake), '{ this is not json');
    const repaired = await probe(fake, { cacheDir: dir, kvm: true });
    expect(repaired.fromCache).toBe(false);
    expect(repaired.diagnostics).toEqual([expect.objectContaining({ code: CapsCode.CacheCorrupt, severity: 'warning' })]);
    expect((await probe(fake, { cacheDir: dir, kvm: true })).fromCache).toBe(true);
  });
});
