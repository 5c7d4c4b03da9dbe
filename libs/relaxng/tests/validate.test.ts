import { parseXml, XmlErrorCode } from '@virtkit/xml';
import { describe, expect, test } from 'vitest';
import { compileSchema, ValidationCode, type Schema } from '../src/index.js';
import { grammar, memoryFiles, XSD } from './helpers.js';

const DOMAIN = grammar(`
  <start><ref name="domain"/></start>
  <define name="domain">
    <element name="domain">
      <attribute name="type"><choice><value>kvm</value><value>qemu</value></choice></attribute>
      <interleave>
        <element name="name"><data type="NCName"/></element>
        <optional><element name="memory"><optional><attribute name="unit"/></optional><data type="unsignedLong"/></element></optional>
        <element name="devices"><zeroOrMore><ref name="disk"/></zeroOrMore></element>
      </interleave>
    </element>
  </define>
  <define name="disk">
    <element name="disk">
      <attribute name="type"><choice><value>file</value><value>block</value></choice></attribute>
      <optional><attribute name="device"><choice><value>disk</value><value>cdrom</value></choice></attribute></optional>
      <optional><element name="source"><attribute name="file"/></element></optional>
      <element name="target"><attribute name="dev"><data type="string"><param name="pattern">[a-z]+</param></data></attribute></element>
    </element>
  </define>`, `datatypeLibrary="${XSD}"`);

const schema: Schema = compileSchema('/s/domain.rng', { readFile: memoryFiles({ '/s/domain.rng': DOMAIN }) });

const doc = (devices: string, extra = '') => `<domain type="kvm"><name>vm1</name>${extra}<devices>${devices}</devices></domain>`;
const codes = (text: string) => schema.validate(text).diagnostics.map((d) => [d.code, d.path]);

describe('validation', () => {
  test('a valid document has no diagnostics', () => {
    const result = schema.validate(doc('<disk type="file"><source file="/a"/><target dev="vda"/></disk>', '<memory unit="KiB">1024</memory>'));
    expect(result).toEqual({ valid: true, diagnostics: [] });
  });

  test('an unknown element is reported with a suggestion, its subtree skipped, nothing cascades', () => {
    const result = schema.validate(doc('<disk type="file"><targte dev="vda"/><target dev="vda"/></disk>'));
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ code: ValidationCode.UnknownElement, path: '/domain/devices/disk/targte', severity: 'error', data: { suggestion: 'target' } });
    expect(d!.message).toBe('Unknown element <targte> is not allowed in <disk>. Did you mean <target>?');
    expect(d!.expected).toEqual(['<source>', '<target>']);
    expect(d!.range!.start).toMatchObject({ line: 1 });
  });

  test('a misspelled element that replaces a required one does not also report the missing one', () => {
    expect(codes(doc('<disk type="file"><targt dev="vda"/></disk>'))).toEqual([[ValidationCode.UnknownElement, '/domain/devices/disk/targt']]);
  });

  test('a known element in the wrong place: repeated, out of order, or in the wrong parent', () => {
    const repeated = schema.validate('<domain type="kvm"><name>a</name><name>b</name><devices/></domain>').diagnostics;
    expect(repeated.map((d) => [d.code, d.path, d.message, d.expected])).toEqual([
      [ValidationCode.ElementNotAllowedHere, '/domain/name[2]', '<domain> can have only one <name> here; this one is extra.', ['<devices>', '<memory>']],
    ]);
    const order = schema.validate(doc('<disk type="file"><target dev="vda"/><source file="/a"/></disk>')).diagnostics;
    expect(order.map((d) => [d.code, d.message])).toEqual([
      [ValidationCode.ElementNotAllowedHere, '<source> is out of order in <disk>: it must come earlier than <target>.'],
    ]);
    const elsewhere = schema.validate(doc('<target dev="vda"/>')).diagnostics;
    expect(elsewhere.map((d) => [d.code, d.message])).toEqual([
      [ValidationCode.ElementNotAllowedHere, 'Element <target> is not allowed at this place in <devices>.'],
    ]);
  });

  test('independent errors are all reported, with sibling indexes in paths', () => {
    const text = doc('<disk type="file"><target dev="vda"/></disk><disk type="nope"><target dev="VDB"/></disk><disk type="block"/>');
    expect(codes(text)).toEqual([
      [ValidationCode.InvalidAttributeValue, '/domain/devices/disk[2]/@type'],
      [ValidationCode.InvalidAttributeValue, '/domain/devices/disk[2]/target/@dev'],
      [ValidationCode.IncompleteContent, '/domain/devices/disk[3]'],
    ]);
    const messages = schema.validate(text).diagnostics.map((d) => d.message);
    expect(messages).toEqual([
      'Attribute "type" has the invalid value "nope".',
      'Attribute "dev" has the invalid value "VDB".',
      '<disk> is incomplete: a required child element is missing.',
    ]);
    expect(schema.validate(text).diagnostics.map((d) => d.expected)).toEqual([['"block"', '"file"'], ['string matching [a-z]+'], ['<target>']]);
  });

  test('attributes: unknown (with suggestion, not also reported missing), bad value with near-miss value', () => {
    const result = schema.validate(doc('<disk tpye="file" device="cdrm"><target dev="hda"/></disk>'));
    expect(result.diagnostics.map((d) => [d.code, d.path, d.data?.suggestion])).toEqual([
      [ValidationCode.UnknownAttribute, '/domain/devices/disk/@tpye', 'type'],
      [ValidationCode.InvalidAttributeValue, '/domain/devices/disk/@device', 'cdrom'],
    ]);
    expect(result.diagnostics[1]!.expected).toEqual(['"cdrom"', '"disk"']);
  });

  test('a missing required attribute', () => {
    const result = schema.validate(doc('<disk device="disk"><target dev="hda"/></disk>'));
    expect(result.diagnostics.map((d) => [d.code, d.path, d.message, d.expected])).toEqual([
      [ValidationCode.MissingAttribute, '/domain/devices/disk', '<disk> is missing a required attribute.', ['"type"']],
    ]);
  });

  test('element text: datatype failures say why, text where none is allowed is refused', () => {
    const bad = schema.validate(doc('', '<memory>lots</memory>'));
    expect(bad.diagnostics.map((d) => d.code)).toEqual([ValidationCode.InvalidText]);
    expect(bad.diagnostics[0]!.message).toBe('<memory> has the invalid content "lots": not an integer.');
    expect(bad.diagnostics[0]!.expected).toEqual(['unsignedLong']);
    expect(codes(doc('hello'))).toEqual([[ValidationCode.TextNotAllowed, '/domain/devices']]);
  });

  test('missing required children, wrong root, XML syntax errors', () => {
    expect(codes('<domain type="qemu"><devices/></domain>')).toEqual([[ValidationCode.IncompleteContent, '/domain']]);
    expect(schema.validate('<domain type="qemu"><devices/></domain>').diagnostics[0]).toMatchObject({ message: '<domain> is incomplete: a required child element is missing.', expected: ['<name>'] });
    expect(codes('<network/>')).toEqual([[ValidationCode.UnexpectedRoot, '/network']]);
    const syntax = schema.validate('<domain>', { file: 'x.xml' });
    expect(syntax.valid).toBe(false);
    expect(syntax.diagnostics[0]!.code).toBe(XmlErrorCode.Syntax);
  });

  test('maxErrors stops early with a warning', () => {
    const many = doc(Array.from({ length: 10 }, () => '<bogus/>').join(''));
    const result = schema.validate(many, { maxErrors: 3 });
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['error', 'error', 'error', 'warning']);
    expect(result.diagnostics[3]).toMatchObject({ code: ValidationCode.TooManyErrors, message: 'Validation stopped after 3 errors.' });
    expect(schema.validate(many, { maxErrors: 1 }).diagnostics[1]!.message).toBe('Validation stopped after 1 error.');
  });

  test('a compiled schema gives the same answers on repeated and interleaved use', () => {
    const good = doc('<disk type="file"><target dev="vda"/></disk>');
    const bad = doc('<disk type="file"/>');
    for (let i = 0; i < 3; i++) {
      expect(schema.validate(good).valid).toBe(true);
      expect(schema.validate(bad).valid).toBe(false);
    }
  });
});

describe('names in other namespaces', () => {
  const QEMU = 'http://example.org/qemu';
  const ns = compileSchema('/s/ns.rng', {
    readFile: memoryFiles({
      '/s/ns.rng': grammar(`
        <start><element name="domain"><element name="name"><text/></element>
          <optional><element name="qemu:commandline"><oneOrMore><element name="qemu:arg"><attribute name="qemu:value"/></element></oneOrMore></element></optional>
        </element></start>`, `xmlns:qemu="${QEMU}"`),
    }),
  });

  test('are shown with the prefix the document binds, else the one the schema declares', () => {
    const undeclared = ns.validate('<domain><name>a</name><bogus/></domain>').diagnostics[0]!;
    expect(undeclared.expected).toEqual(['<qemu:commandline>']);
    const own = ns.validate(`<domain xmlns:q="${QEMU}"><name>a</name><q:commandline><q:bogus/></q:commandline></domain>`).diagnostics[0]!;
    expect(own).toMatchObject({ path: '/domain/q:commandline/q:bogus', expected: ['<q:arg>'] });
    const attribute = ns.validate(`<domain xmlns:q="${QEMU}"><name>a</name><q:commandline><q:arg/></q:commandline></domain>`).diagnostics[0]!;
    expect(attribute).toMatchObject({ code: ValidationCode.MissingAttribute, expected: ['"q:value"'] });
    const byDefault = ns.validate(`<domain><name>a</name><commandline xmlns="${QEMU}"><bogus/></commandline></domain>`).diagnostics[0]!;
    expect(byDefault.expected).toEqual(['<arg>']);
  });
});

describe('expectedAt (editor support)', () => {
  test('lists remaining attributes and what may come before each child', () => {
    const tree = parseXml(doc('<disk type="file"><target dev="vda"/></disk>'));
    const devices = tree.root.children[1]! as import('@virtkit/xml').XmlElement;
    const disk = devices.children[0] as import('@virtkit/xml').XmlElement;
    const at = schema.expectedAt(tree, disk)!;
    expect(at.attributes).toEqual(['device']);
    expect(at.children[0]!.elements.sort()).toEqual(['source', 'target']);
    expect(at.children[1]!.elements).toEqual([]);
    const memoryDoc = parseXml(doc('', '<memory>1</memory>'));
    const memory = memoryDoc.root.children[1] as import('@virtkit/xml').XmlElement;
    expect(schema.expectedAt(memoryDoc, memory)!.children[0]!.datatypes).toEqual(['unsignedLong']);
    expect(schema.rootElements()).toEqual(['domain']);
  });
});
