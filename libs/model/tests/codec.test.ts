import { describe, expect, it } from 'vitest';
import { documentOrder } from '../src/runtime/symbols.js';
import { ModelError } from '../src/runtime/errors.js';
import { xmlDifferences } from './helpers/equivalence.js';
import { formatSample, parseSample } from './helpers/sample-codec.js';

const QEMU = 'http://libvirt.org/schemas/domain/qemu/1.0';

describe('the JSON form (sample grammar)', () => {
  it('maps attributes, collapsed text, empty elements and repeated children', () => {
    const value = parseSample(`<domain type='kvm'>
      <name>demo</name>
      <memory unit='KiB'>1024</memory>
      <features><acpi/></features>
      <devices>
        <disk type='file' device='disk'><source file='/a.img'/><target dev='vda'/></disk>
      </devices>
    </domain>`);
    expect(JSON.parse(JSON.stringify(value))).toEqual({
      type: 'kvm',
      name: 'demo',
      memory: { unit: 'KiB', '#text': '1024' },
      features: { acpi: {} },
      devices: { disk: [{ type: 'file', device: 'disk', source: { file: '/a.img' }, target: { dev: 'vda' } }] },
    });
  });

  it('stores an attribute as @name when a child element has the same name', () => {
    const value = parseSample(`<domain type='kvm'><name>x</name><devices><controller type='scsi' model='virtio-scsi'><model name='m'/></controller></devices></domain>`);
    const controller = (value.devices as { controller: Record<string, unknown>[] }).controller[0]!;
    expect(controller).toEqual({ type: 'scsi', '@model': 'virtio-scsi', model: { name: 'm' } });
    expect(formatSample(value)).toContain(`<controller type='scsi' model='virtio-scsi'>`);
  });

  it('names namespaced elements with the canonical prefix, whatever the document used', () => {
    const xml = `<domain type='kvm' xmlns:q='${QEMU}'><name>x</name><q:commandline><q:arg value='-S'/></q:commandline></domain>`;
    const value = parseSample(xml);
    expect(value['qemu:commandline']).toEqual({ 'qemu:arg': [{ value: '-S' }] });
    const out = formatSample(value);
    expect(out).toContain(`xmlns:qemu='${QEMU}'`);
    expect(out).toContain(`<qemu:arg value='-S'/>`);
    expect(xmlDifferences(xml, out)).toEqual([]);
  });

  it('keeps unknown elements, unknown attributes and a repeated single child in generic form, in place', () => {
    const xml = `<domain type='kvm' extra='1'><name>a</name><bogus x='1'><inner>t</inner></bogus><memory>1</memory><memory>2</memory></domain>`;
    const value = parseSample(xml);
    expect(value['#attributes']).toEqual({ extra: '1' });
    expect(value['#unknown']).toEqual([
      { '#name': 'bogus', '#attributes': { x: '1' }, '#children': [{ '#name': 'inner', '#children': ['t'] }] },
      { '#name': 'memory', '#children': ['2'] },
    ]);
    expect(value[documentOrder]).toEqual(['name', '#unknown', 'memory', '#unknown']);
    const out = formatSample(value);
    expect(xmlDifferences(xml, out)).toEqual([]);
    expect(out.indexOf('<bogus')).toBeLessThan(out.indexOf('<memory>1'));
  });

  it('keeps a collapsed element that carries an attribute in generic form', () => {
    const xml = `<domain type='kvm'><name lang='en'>a</name></domain>`;
    const value = parseSample(xml);
    expect(value.name).toBeUndefined();
    expect(value['#unknown']).toEqual([{ '#name': 'name', '#attributes': { lang: 'en' }, '#children': ['a'] }]);
    expect(xmlDifferences(xml, formatSample(value))).toEqual([]);
  });

  it('keeps foreign-namespace metadata with the namespace declarations it needs', () => {
    const xml = `<domain type='kvm' xmlns:app='urn:app'><name>a</name><metadata><app:info app:v='1'><app:x>y</app:x></app:info><other xmlns='urn:o'><z/></other></metadata></domain>`;
    const value = parseSample(xml);
    const metadata = value.metadata as { '#unknown': unknown[] };
    expect(metadata['#unknown'][0]).toEqual({
      '#name': 'app:info', '#xmlns': { app: 'urn:app' }, '#attributes': { 'app:v': '1' }, '#children': [{ '#name': 'app:x', '#children': ['y'] }],
    });
    expect(metadata['#unknown'][1]).toEqual({ '#name': 'other', '#xmlns': { '': 'urn:o' }, '#children': [{ '#name': 'z' }] });
    expect(xmlDifferences(xml, formatSample(value))).toEqual([]);
  });

  it('formats parsed documents in document order and hand-built JSON in schema order', () => {
    const xml = `<domain type='kvm'><devices/><memory>1</memory><name>n</name></domain>`;
    const parsed = parseSample(xml);
    expect(xmlDifferences(xml, formatSample(parsed))).toEqual([]);
    const handBuilt = { type: 'kvm', devices: {}, memory: { '#text': '1' }, name: 'n' };
    expect(formatSample(handBuilt)).toBe(`<domain type='kvm'>\n  <name>n</name>\n  <memory>1</memory>\n  <devices/>\n</domain>\n`);
  });

  it('keeps document order for an edited object, writing additions after it in schema order', () => {
    const parsed = parseSample(`<domain type='kvm'><devices><disk type='file' device='disk'><target dev='a'/></disk></devices><name>n</name></domain>`);
    const devices = parsed.devices as { disk: object[] };
    devices.disk.push({ type: 'block', device: 'disk', target: { dev: 'b' } });
    parsed.memory = { '#text': '5' };
    parsed.features = { acpi: {} };
    const out = formatSample(parsed, { pretty: false });
    expect(out).toBe(
      `<domain type='kvm'><devices><disk type='file' device='disk'><target dev='a'/></disk><disk type='block' device='disk'><target dev='b'/></disk></devices>` +
        `<name>n</name><memory>5</memory><features><acpi/></features></domain>`,
    );
  });

  it("writes libvirt's layout and escaping", () => {
    const out = formatSample({ type: 'kvm', name: `a<b>&'"`, devices: { disk: [{ type: 'file', device: 'disk', source: { file: `/x'y&"z` }, target: { dev: 'vda' } }] } });
    expect(out).toBe(
      `<domain type='kvm'>\n  <name>a&lt;b&gt;&amp;&apos;&quot;</name>\n  <devices>\n    <disk type='file' device='disk'>\n` +
        `      <source file='/x&apos;y&amp;&quot;z'/>\n      <target dev='vda'/>\n    </disk>\n  </devices>\n</domain>\n`,
    );
  });

  it('refuses properties the schema does not know when formatting', () => {
    expect(() => formatSample({ type: 'kvm', name: 'n', nmae: 'x' })).toThrow(ModelError);
  });

  it('refuses a document whose root is not the schema root', () => {
    expect(() => parseSample('<network/>')).toThrow(/expected <domain>/);
  });
});
