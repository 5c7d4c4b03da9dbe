import { describe, expect, it } from 'vitest';
import { XmlErrorCode, XmlSyntaxError, escapeAttribute, escapeText, parseXml, type XmlElement } from '../src/index.js';

const elements = (e: XmlElement) => e.children.filter((c): c is XmlElement => c.kind === 'element');

describe('parseXml', () => {
  it('builds a tree with positions of elements, attributes and values', () => {
    const text = `<?xml version="1.0"?>\n<domain type='kvm'>\n  <name>demo</name>\n  <devices>\n    <disk type = "file"  device='disk'/>\n  </devices>\n</domain>\n`;
    const doc = parseXml(text, { file: 'demo.xml' });
    expect(doc.root.name).toBe('domain');
    expect(doc.root.range.start).toMatchObject({ line: 2, column: 1 });
    expect(doc.root.attributes[0]).toMatchObject({ name: 'type', value: 'kvm' });
    expect(doc.root.attributes[0]!.range.start).toMatchObject({ line: 2, column: 9 });
    const [name, devices] = elements(doc.root);
    expect(name!.range.start).toMatchObject({ line: 3, column: 3 });
    expect(name!.children).toEqual([expect.objectContaining({ kind: 'text', value: 'demo' })]);
    const disk = elements(devices!)[0]!;
    expect(disk.parent).toBe(devices);
    expect(disk.attributes.map((a) => [a.name, a.value, a.range.start.column, a.valueRange.start.column])).toEqual([
      ['type', 'file', 11, 19],
      ['device', 'disk', 26, 34],
    ]);
    expect(disk.range.end).toMatchObject({ line: 5, column: 41 });
    const sliced = text.slice(disk.range.start.offset, disk.range.end.offset);
    expect(sliced).toBe(`<disk type = "file"  device='disk'/>`);
  });

  it('resolves namespaces and keeps declarations apart from attributes', () => {
    const doc = parseXml(`<domain xmlns:qemu="http://libvirt.org/schemas/domain/qemu/1.0"><qemu:commandline><qemu:arg value="-S"/></qemu:commandline></domain>`);
    expect(doc.root.attributes).toEqual([]);
    expect(doc.root.namespaces).toEqual({ qemu: 'http://libvirt.org/schemas/domain/qemu/1.0' });
    const cmd = elements(doc.root)[0]!;
    expect([cmd.prefix, cmd.local, cmd.uri]).toEqual(['qemu', 'commandline', 'http://libvirt.org/schemas/domain/qemu/1.0']);
  });

  it('decodes entities and character references and keeps CDATA as text', () => {
    const doc = parseXml(`<a b="x&amp;y&#x41;"><![CDATA[<raw>]]>&lt;t&gt;</a>`);
    expect(doc.root.attributes[0]!.value).toBe('x&yA');
    expect(doc.root.children.map((c) => (c.kind === 'text' ? [c.value, c.cdata] : c.kind))).toEqual([
      ['<raw>', true],
      ['<t>', false],
    ]);
  });

  it('reports malformed input with line:column and a one-line reason', () => {
    const text = `<domain>\n  <name>x</nme>\n</domain>`;
    const err = catchError(() => parseXml(text, { file: 'bad.xml' }));
    expect(err).toBeInstanceOf(XmlSyntaxError);
    expect(err.code).toBe(XmlErrorCode.Syntax);
    expect(err.line).toBe(2);
    expect(err.message).toMatch(/^bad\.xml:2:\d+: .+/);
    expect(err.reason).not.toContain('\n');
  });

  it('refuses DTDs, so entity bombs and external entities are never expanded', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<lolz>&lol2;</lolz>`;
    expect(catchError(() => parseXml(bomb)).code).toBe(XmlErrorCode.DtdForbidden);
    const xxe = `<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>`;
    expect(catchError(() => parseXml(xxe)).code).toBe(XmlErrorCode.DtdForbidden);
    expect(catchError(() => parseXml(`<foo>&xxe;</foo>`)).code).toBe(XmlErrorCode.UnknownEntity);
  });

  it('bounds nesting depth and input size', () => {
    const deep = '<a>'.repeat(300) + '</a>'.repeat(300);
    expect(catchError(() => parseXml(deep)).code).toBe(XmlErrorCode.TooDeep);
    expect(parseXml('<a>'.repeat(50) + '</a>'.repeat(50)).root.name).toBe('a');
    expect(catchError(() => parseXml('<a>' + 'x'.repeat(100) + '</a>', { maxLength: 50 })).code).toBe(XmlErrorCode.TooLarge);
  });

  it('rejects unbound prefixes and documents without a root', () => {
    expect(catchError(() => parseXml('<q:a/>')).code).toBe(XmlErrorCode.UnboundPrefix);
    expect(catchError(() => parseXml('   ')).code).toBe(XmlErrorCode.Syntax);
  });
});

describe('escaping', () => {
  it('round-trips through the parser', () => {
    const nasty = `a'b"c<d>&e\tf\ng`;
    const doc = parseXml(`<x v='${escapeAttribute(nasty)}'>${escapeText(nasty)}</x>`);
    expect(doc.root.attributes[0]!.value).toBe(nasty);
    expect((doc.root.children[0] as { value: string }).value).toBe(nasty);
    expect(escapeText(`it's "x"`, { quotes: true })).toBe('it&apos;s &quot;x&quot;');
  });
});

function catchError(fn: () => unknown): XmlSyntaxError {
  try {
    fn();
  } catch (e) {
    if (e instanceof XmlSyntaxError) return e;
    throw e;
  }
  throw new Error('expected an XmlSyntaxError');
}
