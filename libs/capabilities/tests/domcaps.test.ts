import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainCapabilities, DomainCapsError, formatDomainCapabilities, fromLibvirtXmlFile, readFirmwareDescriptors } from '../src/index.js';
import { capsPath, corpus } from './corpus.js';

/**
 * Differences from libvirt's expected output that are known and deliberate. Each rewrites the
 * expected text before comparing, and says why.
 */
const KNOWN_DIFFERENCES: readonly { what: string; reason: string; apply: (xml: string) => string }[] = [
  {
    what: 'host-model CPU reduced to its supported flag',
    reason: 'naming the host CPU model and its extra features means decoding CPUID data against libvirt\'s CPU map, which this package does not have',
    apply: (x) => x.replace(/<mode name='host-model' supported='yes'>[\s\S]*?<\/mode>/, "<mode name='host-model' supported='yes'/>"),
  },
  {
    what: "custom CPU models without vendor='...'",
    reason: 'the vendor of each named model comes from libvirt\'s CPU map as well',
    apply: (x) => x.replace(/ vendor='[^']*'/g, ''),
  },
];

/** The test harness's environment behind the expected files (see the corpus README). */
const HARNESS = {
  loaders: ['/usr/share/AAVMF/AAVMF_CODE.fd', '/usr/share/AAVMF/AAVMF32_CODE.fd', '/usr/share/OVMF/OVMF_CODE.fd'],
  firmwareDirs: ['usr/share/qemu/firmware', 'etc/qemu/firmware', 'home/user/.config/qemu/firmware'],
  // CPUID 0x8000001F of the fake host: ecx=509 SEV ASIDs, edx=451 the first non-ES one.
  sevGuests: { maxGuests: 509 - 451 + 1, maxESGuests: 451 - 1 },
  // The swtpm versions libvirt's domain capabilities test fakes for each QEMU release.
  tpmVersions: (version: number): ('1.2' | '2.0')[] => (version < 6000000 ? ['1.2'] : version < 7000000 ? ['1.2', '2.0'] : ['2.0']),
};

interface Case { file: string; version: string; machine?: string; virttype: 'kvm' | 'qemu' }

function x86Cases(): Case[] {
  if (!corpus) return [];
  return readdirSync(join(corpus, 'domaincaps'))
    .map((f) => /^qemu_([\d.]+)(?:-(q35|tcg))?\.x86_64\.xml$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: m[0], version: m[1]!, ...(m[2] === 'q35' ? { machine: 'q35' } : {}), virttype: m[2] === 'tcg' ? 'qemu' : 'kvm' }));
}

describe.skipIf(!corpus)('domain capabilities against libvirt 9.0 (x86_64)', () => {
  const descriptors = corpus ? readFirmwareDescriptors(HARNESS.firmwareDirs.map((d) => join(corpus!, 'support', 'qemufirmwaredata', d))) : [];

  it.each(x86Cases())('$file', (c) => {
    const caps = fromLibvirtXmlFile(capsPath(`caps_${c.version}.x86_64`, 'xml'));
    const got = formatDomainCapabilities(domainCapabilities(caps, {
      virttype: c.virttype, ...(c.machine ? { machine: c.machine } : {}),
      firmware: { loaders: HARNESS.loaders, descriptors }, tpmVersions: HARNESS.tpmVersions(caps.version), sevGuests: HARNESS.sevGuests,
    }));
    const want = KNOWN_DIFFERENCES.reduce((x, d) => d.apply(x), readFileSync(join(corpus!, 'domaincaps', c.file), 'utf8'));
    expect(got).toBe(want);
  });

  // Other architectures are not a target yet; these are the cases already equal, kept from regressing.
  it.each(['4.2.0', '5.0.0', '5.2.0', '6.0.0', '6.2.0'])('qemu_%s-virt.aarch64.xml', (version) => {
    const caps = fromLibvirtXmlFile(capsPath(`caps_${version}.aarch64`, 'xml'));
    const got = formatDomainCapabilities(domainCapabilities(caps, {
      machine: 'virt', firmware: { loaders: HARNESS.loaders, descriptors }, tpmVersions: HARNESS.tpmVersions(caps.version),
    }));
    const want = KNOWN_DIFFERENCES.reduce((x, d) => d.apply(x), readFileSync(join(corpus!, 'domaincaps', `qemu_${version}-virt.aarch64.xml`), 'utf8'));
    expect(got).toBe(want);
  });

  it('rejects a machine type the emulator lacks and a foreign arch', () => {
    const caps = fromLibvirtXmlFile(capsPath('caps_7.2.0.x86_64', 'xml'));
    expect(() => domainCapabilities(caps, { machine: 'virt' })).toThrow(DomainCapsError);
    expect(() => domainCapabilities(caps, { arch: 'aarch64' })).toThrow(DomainCapsError);
    expect(domainCapabilities(caps, { machine: 'q35' }).machine).toBe('pc-q35-7.2');
  });
});
