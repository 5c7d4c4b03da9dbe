import { describe, expect, it } from 'vitest';
import { formatDomain, ModelErrorCode, parseDomain, validateDomainJson, type Domain } from '../src/index.js';
import { domainCorpus } from './helpers/corpus.js';
import { libvirtCorpusDir, readCorpusJson, type DomainManifestEntry } from '@virtkit/testkit';

const minimal = `<domain type='kvm'>
  <name>demo</name>
  <memory unit='KiB'>1048576</memory>
  <vcpu placement='static'>2</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <features><acpi/><apic/></features>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/demo.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
  </devices>
</domain>`;

describe('validateDomainJson', () => {
  it('accepts the JSON form of a valid document, also after a trip through JSON text', () => {
    const json = JSON.parse(JSON.stringify(parseDomain(minimal)));
    const result = validateDomainJson(json);
    expect(result.valid).toBe(true);
    if (result.valid) expect(result.value.name).toBe('demo');
  });

  it('reports each problem as data with a JSON path', () => {
    const json = JSON.parse(JSON.stringify(parseDomain(minimal)));
    json.type = 'vmx';
    json.devices.disk[0].device = 'tape';
    json.devices.disk[0].bogus = 'x';
    const result = validateDomainJson(json);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain('/type');
    expect(paths).toContain('/devices/disk/0/device');
    expect(result.errors.find((e) => e.data.keyword === 'additionalProperties')).toMatchObject({
      code: ModelErrorCode.JsonSchema, severity: 'error', path: '/devices/disk/0', message: expect.stringContaining('"bogus"'),
    });
  });

  it('checks a discriminated element against the variant its discriminator names', () => {
    const json = JSON.parse(JSON.stringify(parseDomain(minimal)));
    // <source dev> belongs to block disks; the file disk's variant must reject it, and only it.
    json.devices.disk[0].source = { dev: '/dev/sdb' };
    const result = validateDomainJson(json);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.errors.find((e) => e.data.keyword === 'additionalProperties')).toMatchObject({
      path: '/devices/disk/0/source', message: expect.stringContaining('"dev"'),
    });
    expect(result.errors.every((e) => e.path.startsWith('/devices/disk/0'))).toBe(true);
    // Switching the discriminator makes the same source valid.
    json.devices.disk[0].type = 'block';
    expect(validateDomainJson(json).valid).toBe(true);
    json.devices.disk[0].type = 'tape';
    const wrongType = validateDomainJson(json);
    expect(wrongType.valid ? [] : wrongType.errors.map((e) => [e.path, e.data.keyword])).toEqual([['/devices/disk/0/type', 'enum']]);
  });

  it('rejects a single child given as an array, and a missing required child', () => {
    const json = JSON.parse(JSON.stringify(parseDomain(minimal)));
    json.features = [json.features];
    delete json.name;
    const result = validateDomainJson(json);
    expect(result.valid).toBe(false);
  });

  it('accepts hand-built JSON that formats to XML parsing back to the same JSON', () => {
    const built: Domain = { type: 'qemu', name: 'built', os: { type: { '#text': 'hvm' } }, features: { acpi: {} } } as Domain;
    const result = validateDomainJson(built);
    expect(result.valid ? [] : result.errors.map((e) => e.message)).toEqual([]);
    const xml = formatDomain(built);
    expect(JSON.parse(JSON.stringify(parseDomain(xml)))).toEqual(built);
  });

  const corpus = domainCorpus();
  it.skipIf(!corpus)("accepts the JSON form of every schema-valid document of libvirt's corpus", () => {
    const valid = new Set(readCorpusJson<DomainManifestEntry[]>(libvirtCorpusDir()!, 'domain/manifest.json').filter((e) => e.valid).map((e) => e.file));
    const rejected: string[] = [];
    let invalidRejected = 0;
    for (const doc of corpus!) {
      const result = validateDomainJson(JSON.parse(JSON.stringify(parseDomain(doc.text))));
      if (valid.has(doc.file) && !result.valid) rejected.push(`${doc.file}: ${result.errors.slice(0, 3).map((e) => e.message).join('; ')}`);
      if (!valid.has(doc.file) && !result.valid) invalidRejected++;
    }
    console.log(`JSON Schema: ${valid.size - rejected.length}/${valid.size} valid documents accepted; ${invalidRejected}/${corpus!.length - valid.size} invalid ones rejected`);
    expect(rejected).toEqual([]);
  });
});
