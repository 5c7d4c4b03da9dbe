import { describe, expect, it } from 'vitest';
import { renderArgs, shellQuote, toJsonArg, toKeyValueArg } from '../src/index.js';

describe('option values', () => {
  it('doubles commas in key=value syntax so a value cannot start another option', () => {
    expect(toKeyValueArg({ driver: 'ide-hd', id: 'a,b', drive: 'x=1,y' }, 'driver')).toBe('ide-hd,id=a,,b,drive=x=1,,y');
  });
  it('writes booleans as on/off, numbers plain, nested objects as dotted keys, number arrays as ranges', () => {
    expect(toKeyValueArg({ 'qom-type': 'memory-backend-ram', id: 'm', share: true, prealloc: false, 'host-nodes': [0, 1, 2, 5], cache: { direct: true } }, 'qom-type'))
      .toBe('memory-backend-ram,id=m,share=on,prealloc=off,host-nodes=0-2,host-nodes=5,cache.direct=on');
  });
  it('keeps JSON compact, ordered, without undefined members, and exact for 64-bit integers', () => {
    expect(toJsonArg({ driver: 'scsi-hd', drive: undefined, wwn: 0x5000c50015ea71adn, name: 'a"b\\c\n' }))
      .toBe('{"driver":"scsi-hd","wwn":5764824127192592813,"name":"a\\"b\\\\c\\n"}');
  });
});

describe('.args rendering', () => {
  it('quotes only words with shell metacharacters and escapes single quotes', () => {
    expect(shellQuote('plain,value=1')).toBe('plain,value=1');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('{"a":1}')).toBe('\'{"a":1}\'');
  });
  it('puts env lines first, then one option with its values per line', () => {
    const text = renderArgs({
      env: [{ name: 'LC_ALL', value: 'C' }, { name: 'HOME', value: '/a b' }],
      argv: ['/usr/bin/qemu', '-name', 'guest=x', '-S', '-device', 'a', 'b', '-m', '1'],
    });
    expect(text).toBe("LC_ALL=C \\\nHOME='/a b' \\\n/usr/bin/qemu \\\n-name guest=x \\\n-S \\\n-device a b \\\n-m 1\n");
  });
});
