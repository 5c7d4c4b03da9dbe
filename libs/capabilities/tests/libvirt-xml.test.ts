import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CapsCode, CapsFormatError, fromLibvirtXml, toLibvirtXml } from '../src/index.js';
import { capsPath, capsStems, corpus } from './corpus.js';

describe.skipIf(!corpus)('libvirt <qemuCaps> XML round trip', () => {
  it.each(capsStems())('%s is reproduced byte for byte', (stem) => {
    const text = readFileSync(capsPath(stem, 'xml'), 'utf8');
    const caps = fromLibvirtXml(text, { file: stem });
    expect(toLibvirtXml(caps)).toBe(text);
  });

  it('reads the typed fields of caps_7.2.0.x86_64', () => {
    const caps = fromLibvirtXml(readFileSync(capsPath('caps_7.2.0.x86_64', 'xml'), 'utf8'));
    expect(caps.version).toBe(7002000);
    expect(caps.arch).toBe('x86_64');
    expect(caps.package).toBe('v7.2.0');
    expect(caps.flags.has('kvm')).toBe(true);
    expect(caps.flags.size).toBe(199);
    const pc = caps.kvm?.machines[0];
    expect(pc).toMatchObject({ name: 'pc-i440fx-7.2', alias: 'pc', isDefault: true, maxCpus: 255, defaultRAMid: 'pc.ram' });
    const sky = caps.kvm?.cpuModels?.find((c) => c.name === 'Skylake-Client-IBRS');
    expect(sky).toMatchObject({ usable: false, typename: 'Skylake-Client-IBRS-x86_64-cpu' });
    expect(sky?.blockers).toContain('spec-ctrl');
    expect(caps.tcg?.hostCpu?.model).toBe('base');
  });
});

describe('malformed <qemuCaps>', () => {
  it('rejects another root element', () => {
    expect(() => fromLibvirtXml('<domain/>')).toThrow(CapsFormatError);
  });
  it('rejects an unknown flag name with code 1101', () => {
    const bad = "<qemuCaps><emulator>/x</emulator><flag name='no-such-flag'/><version>1</version><arch>x86_64</arch></qemuCaps>";
    try {
      fromLibvirtXml(bad);
      expect.unreachable();
    } catch (e) {
      expect((e as CapsFormatError).code).toBe(CapsCode.BadCapsXml);
      expect((e as Error).message).toContain('no-such-flag');
    }
  });
});
