import { describe, expect, it } from 'vitest';
import { parseDomain, XmlErrorCode, XmlSyntaxError } from '../src/index.js';

/** Both parse paths (streaming, and the positioned tree) must refuse the same way. */
const paths = [
  ['streaming', {}],
  ['with positions', { positions: true }],
] as const;

function refusal(xml: string, options: object): XmlSyntaxError {
  try {
    parseDomain(xml, options);
  } catch (e) {
    if (e instanceof XmlSyntaxError) return e;
    throw e;
  }
  throw new Error('the document was accepted');
}

describe.each(paths)('hostile and broken input (%s)', (_name, base) => {
  it('refuses a DTD, so an entity expansion bomb never expands', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE domain [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<domain type='kvm'><name>&d;</name></domain>`;
    const e = refusal(bomb, { ...base, file: 'bomb.xml' });
    expect(e.code).toBe(XmlErrorCode.DtdForbidden);
    // reported where the declaration ends, before any entity is looked at
    expect(e.line).toBe(7);
    expect(e.message).toMatch(/^bomb\.xml:7:\d+: DOCTYPE/);
  });

  it('refuses an entity that is not predefined', () => {
    expect(refusal(`<domain type='kvm'><name>&ext;</name></domain>`, base).code).toBe(XmlErrorCode.UnknownEntity);
  });

  it('refuses nesting deeper than the limit, even inside wildcard metadata', () => {
    const deep = `<domain type='kvm'><name>x</name><metadata>${'<a>'.repeat(300)}${'</a>'.repeat(300)}</metadata></domain>`;
    expect(refusal(deep, base).code).toBe(XmlErrorCode.TooDeep);
    expect(refusal(`<domain type='kvm'><name>x</name><metadata><a><b/></a></metadata></domain>`, { ...base, maxDepth: 3 }).code).toBe(XmlErrorCode.TooDeep);
    expect(() => parseDomain(`<domain type='kvm'><name>x</name><metadata><a><b/></a></metadata></domain>`, { ...base, maxDepth: 4 })).not.toThrow();
  });

  it('refuses input larger than the limit before parsing it', () => {
    const huge = `<domain type='kvm'><description>${'x'.repeat(33 * 1024 * 1024)}</description></domain>`;
    expect(refusal(huge, base).code).toBe(XmlErrorCode.TooLarge);
    expect(refusal(`<domain type='kvm'><name>x</name></domain>`, { ...base, maxLength: 10 }).code).toBe(XmlErrorCode.TooLarge);
  });

  it('reports malformed XML with file, line and column', () => {
    const e = refusal(`<domain type='kvm'>\n  <name>demo</nmae>\n</domain>\n`, { ...base, file: 'broken.xml' });
    expect(e.code).toBe(XmlErrorCode.Syntax);
    expect([e.file, e.line, e.column]).toEqual(['broken.xml', 2, 19]);
    expect(e.message).toBe(`broken.xml:2:19: ${e.reason}`);
    expect(refusal(`<domain type='kvm'><name>x</name>`, base).code).toBe(XmlErrorCode.Syntax);
    expect(refusal(`<domain type='kvm' type='qemu'/>`, base).code).toBe(XmlErrorCode.Syntax);
    expect(refusal(``, base).code).toBe(XmlErrorCode.Syntax);
    expect(refusal(`<domain type='kvm'><q:x/></domain>`, base).code).toBe(XmlErrorCode.UnboundPrefix);
  });
});

describe('the two paths agree on where the error is', () => {
  it.each([
    `<domain type='kvm'>\n  <name>demo</nmae>\n</domain>\n`,
    `<domain type='kvm'>\n<devices>\n  <disk type='file' device='disk'>\n    <source file='/a'\n  </disk>`,
    `<domain type='kvm'>\n  <name>a & b</name>\n</domain>`,
  ])('%#', (xml) => {
    const a = refusal(xml, {});
    const b = refusal(xml, { positions: true });
    expect([a.code, a.line, a.column, a.reason]).toEqual([b.code, b.line, b.column, b.reason]);
  });
});
