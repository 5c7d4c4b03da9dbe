import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromLibvirtXmlFile, kvmUsable, probe, sortFlags, type QemuCapabilities, type QemuFlag } from '../src/index.js';
import { capsPath, corpus } from './corpus.js';

const QEMU = '/usr/bin/qemu-system-x86_64';

/**
 * How Debian's QEMU 7.2 build on this host may legitimately differ from the upstream 7.2.0 build
 * libvirt recorded (caps_7.2.0.x86_64). Each entry: flag, and the condition under which it differs.
 */
const KNOWN_DIFFERENCES: readonly {
  flag: QemuFlag; direction: 'missing' | 'extra'; when: (caps: QemuCapabilities) => boolean; reason: string;
}[] = [
  { flag: 'kvm', direction: 'missing', when: () => !kvmUsable(), reason: 'no usable /dev/kvm here, so QEMU runs under TCG only' },
  { flag: 'sev-guest', direction: 'extra', when: (c) => c.sev !== undefined, reason: 'the recording host had no AMD SEV; this one answers query-sev-capabilities' },
  { flag: 'sgx-epc', direction: 'extra', when: (c) => c.sgx !== undefined, reason: 'the recording host had no Intel SGX; this one answers query-sgx-capabilities' },
];

describe.skipIf(!existsSync(QEMU))('probing the installed QEMU', () => {
  it('derives capabilities, then serves the second probe from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'virtkit-real-'));
    const first = await probe(QEMU, { cacheDir: dir });
    expect(first.fromCache).toBe(false);
    expect(first.passes[0]?.accel).toBe(kvmUsable() ? 'kvm' : 'tcg');
    expect(first.caps.version).toBeGreaterThanOrEqual(7002000);
    expect(first.caps.arch).toBe('x86_64');
    expect(first.caps.flags.has('tcg')).toBe(true);
    expect(first.caps.flags.has('kvm')).toBe(kvmUsable());
    expect(first.caps.tcg?.machines.some((m) => m.alias === 'q35')).toBe(true);
    expect(first.caps.tcg?.cpuModels?.some((c) => c.name === 'qemu64')).toBe(true);

    const second = await probe(QEMU, { cacheDir: dir });
    expect(second.fromCache).toBe(true);
    expect(sortFlags(second.caps.flags)).toEqual(sortFlags(first.caps.flags));
  });

  it.skipIf(!corpus)('has the flag set of libvirt\'s QEMU 7.2.0 dump, up to explained differences', async () => {
    const got = (await probe(QEMU, { noCache: true })).caps;
    const want = fromLibvirtXmlFile(capsPath('caps_7.2.0.x86_64', 'xml'));
    const missing = sortFlags([...want.flags].filter((f) => !got.flags.has(f)));
    const extra = sortFlags([...got.flags].filter((f) => !want.flags.has(f)));
    const explained = (direction: 'missing' | 'extra'): QemuFlag[] =>
      sortFlags(KNOWN_DIFFERENCES.filter((d) => d.direction === direction && d.when(got)).map((d) => d.flag));
    expect(missing).toEqual(explained('missing'));
    expect(extra).toEqual(explained('extra'));
  });
});
