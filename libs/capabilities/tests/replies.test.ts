import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CapsCode, CapsFormatError, fromLibvirtXmlFile, fromReplies, fromRepliesText, sortFlags, toLibvirtXml } from '../src/index.js';
import { capsPath, capsStems, corpus } from './corpus.js';

describe.skipIf(!corpus)('replaying libvirt 9.0 QMP conversations', () => {
  it.each(capsStems())('%s: flags, machines and CPU models equal libvirt\'s cache', async (stem) => {
    const want = fromLibvirtXmlFile(capsPath(stem, 'xml'));
    const got = await fromReplies(capsPath(stem, 'replies'), { binary: want.emulator });
    expect(sortFlags(got.flags)).toEqual(sortFlags(want.flags));
    expect(got.kvm?.machines).toEqual(want.kvm?.machines);
    expect(got.tcg?.machines).toEqual(want.tcg?.machines);
    expect(got.kvm?.cpuModels).toEqual(want.kvm?.cpuModels);
    expect(got.tcg?.cpuModels).toEqual(want.tcg?.cpuModels);
    // The host's microcode and KVM module version are not part of the conversation.
    const text = toLibvirtXml({ ...got, microcodeVersion: want.microcodeVersion, kvmVersion: want.kvmVersion });
    expect(text).toBe(readFileSync(capsPath(stem, 'xml'), 'utf8'));
  });

  it('keeps QMP facts the argv builder needs', async () => {
    const caps = await fromReplies(capsPath('caps_7.2.0.x86_64', 'replies'));
    expect(caps.emulator).toBe('/usr/bin/qemu-system-x86_64');
    expect(caps.qmp?.types).toContain('virtio-net-pci');
    expect(caps.qmp?.deviceProps['virtio-blk-pci']).toContain('queue-size');
    expect(caps.qmp?.commandLine['spice']).toContain('gl');
    expect(caps.qmp?.commands).toContain('blockdev-add');
  });
});

describe('broken conversations', () => {
  it('rejects text that is not JSON (1102)', async () => {
    await expect(fromRepliesText('{ "execute": ')).rejects.toMatchObject({ code: CapsCode.BadReplies });
  });
  it('reports a reply the derivation needs but that was never recorded (1103)', async () => {
    const text = ['{"execute":"qmp_capabilities","id":"a"}', '{"return":{},"id":"a"}',
      '{"execute":"query-version","id":"b"}', '{"return":{"qemu":{"major":7,"minor":2,"micro":0},"package":""},"id":"b"}'].join('\n\n');
    const err = await fromRepliesText(text).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CapsFormatError);
    expect((err as CapsFormatError).code).toBe(CapsCode.MissingReply);
    expect((err as Error).message).toContain('query-target');
  });
});
