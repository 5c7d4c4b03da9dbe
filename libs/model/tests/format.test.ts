import { describe, expect, it } from 'vitest';
import { ModelError, ModelErrorCode } from '../src/runtime/errors.js';
import { documentOrder } from '../src/runtime/symbols.js';
import { formatSample, parseSample } from './helpers/sample-codec.js';

function refusal(value: Record<string, unknown>): ModelError {
  try {
    formatSample(value);
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error('formatted without complaint');
}

describe('formatWithTables', () => {
  it('names the JSON path of an unknown property, array indexes included', () => {
    const e = refusal({ type: 'kvm', name: 'n', devices: { disk: [{ type: 'file', target: { dev: 'vda' } }, { type: 'file', target: { dev: 'vdb', bogus: '1' } }] } });
    expect(e.code).toBe(ModelErrorCode.UnknownProperty);
    expect(e.path).toBe('/devices/disk/1/target/bogus');
    expect(e.message).toBe('/devices/disk/1/target/bogus: <target> has no attribute or child element "bogus"');
    expect(refusal({ type: 'kvm', nmae: 'x' }).path).toBe('/nmae');
  });

  it('escapes attribute values and text only where needed, keeping the rest as it is', () => {
    const out = formatSample({ type: 'kvm', name: 'plain', devices: { disk: [{ type: 'file', source: { file: "a'b\"c&d<e>f\tg\nh" }, target: { dev: 'vda' } }] } }, { pretty: false });
    expect(out).toContain(`<source file='a&apos;b&quot;c&amp;d&lt;e&gt;f&#9;g&#10;h'/>`);
    expect(out).toContain('<name>plain</name>');
    expect(formatSample({ type: 'kvm', name: `x"y` }, { pretty: false })).toContain('<name>x&quot;y</name>');
  });

  it('follows interleaved document order and writes items added later after it', () => {
    const xml = `<domain type='kvm'><devices><disk type='file'><target dev='a'/></disk><controller type='scsi'/><disk type='file'><target dev='b'/></disk><controller type='usb'/></devices></domain>`;
    const value = parseSample(xml);
    const devices = value.devices as { disk: object[]; controller: object[]; [documentOrder]?: string[] };
    expect(devices[documentOrder]).toEqual(['disk', 'controller', 'disk', 'controller']);
    expect(formatSample(value, { pretty: false })).toBe(xml);
    devices.disk.push({ type: 'file', target: { dev: 'c' } });
    devices.controller.unshift({ type: 'ide' }); // shifts which item the order's entries stand for
    expect(formatSample(value, { pretty: false })).toBe(
      `<domain type='kvm'><devices><disk type='file'><target dev='a'/></disk><controller type='ide'/><disk type='file'><target dev='b'/></disk>` +
        `<controller type='scsi'/><disk type='file'><target dev='c'/></disk><controller type='usb'/></devices></domain>`,
    );
  });

  it('writes hand-built content in schema order, attributes in the object order', () => {
    const out = formatSample({ name: 'n', devices: { controller: [{ '@model': 'm', type: 'usb' }], disk: [{ target: { dev: 'vda' }, type: 'file' }] }, type: 'kvm' }, { pretty: false });
    expect(out).toBe(`<domain type='kvm'><name>n</name><devices><disk type='file'><target dev='vda'/></disk><controller model='m' type='usb'/></devices></domain>`);
  });
});
