import { describe, expect, it } from 'vitest';
import { parseDomain, positionOf } from '../src/index.js';

const xml = `<domain type='kvm'>
  <name>demo</name>
  <devices>
    <disk type='file' device='disk'>
      <target dev='vda'/>
    </disk>
    <disk type='file' device='cdrom'>
      <target dev='hdc'/>
    </disk>
  </devices>
  <metadata><app:x xmlns:app='urn:app'/></metadata>
</domain>`;

const at = (range: { start: { line: number; column: number } } | undefined) => range && [range.start.line, range.start.column];

describe('positions', () => {
  it('records the range of every element object, attribute and collapsed child', () => {
    const domain = parseDomain(xml, { positions: true, file: 'p.xml' });
    expect(at(positionOf(domain))).toEqual([1, 1]);
    expect(at(positionOf(domain, 'type'))).toEqual([1, 9]);
    expect(at(positionOf(domain, 'name'))).toEqual([2, 3]);
    const disks = domain.devices!.disk!;
    expect(at(positionOf(domain.devices!, 'disk', 1))).toEqual([7, 5]);
    expect(at(positionOf(disks[1]!))).toEqual([7, 5]);
    expect(at(positionOf(disks[1]!, 'device'))).toEqual([7, 23]);
    expect(at(positionOf(disks[0]!.target!, 'dev'))).toEqual([5, 15]);
    const range = positionOf(disks[0]!)!;
    expect(xml.slice(range.start.offset, range.end.offset)).toMatch(/^<disk type='file' device='disk'>[\s\S]*<\/disk>$/);
    const unknown = (domain.metadata as { '#unknown': object[] })['#unknown'][0]!;
    expect(at(positionOf(unknown))).toEqual([11, 13]);
  });

  it('records nothing unless asked, and nothing for objects built by hand', () => {
    const domain = parseDomain(xml);
    expect(positionOf(domain)).toBeUndefined();
    expect(positionOf({ name: 'x' })).toBeUndefined();
  });
});

describe('positions of text', () => {
  it('records the range of #text and of stray text kept under #unknown', () => {
    const source = `<domain type='kvm'>\n  <name>demo</name>\n  <memory unit='KiB'>1024</memory>\n  <devices>stray<emulator>/bin/q</emulator></devices>\n</domain>`;
    const domain = parseDomain(source, { positions: true });
    const text = positionOf(domain.memory as object, '#text')!;
    expect(source.slice(text.start.offset, text.end.offset)).toBe('1024');
    const stray = positionOf(domain.devices!, '#unknown')!;
    expect(source.slice(stray.start.offset, stray.end.offset)).toBe('stray');
  });
});
