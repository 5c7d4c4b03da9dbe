import { describe, expect, it } from 'vitest';
import { inferShapes } from '../codegen/shapes/infer.js';
import type { ElementShape } from '../codegen/shapes/model.js';
import {
  anyName, attribute, choice, data, element, empty, grammar, group, interleave, mixed, name, notAllowed, oneOrMore, optional, ref, text, value, zeroOrMore,
} from './helpers/ir.js';
import { sampleGrammar } from './helpers/sample-grammar.js';

const shapeOf = (root: ElementShape, ...path: string[]): ElementShape =>
  path.reduce((shape, key) => shape.children.find((c) => c.key === key)!.shape, root);
const children = (shape: ElementShape) => Object.fromEntries(shape.children.map((c) => [c.key, { many: c.many, required: c.required }]));

describe('shape inference', () => {
  it('derives cardinality from optional, zeroOrMore, oneOrMore, groups and choices', () => {
    const g = grammar(element('r', group(
      element('once', empty),
      optional(element('maybe', empty)),
      zeroOrMore(element('list', empty)),
      oneOrMore(element('some', empty)),
      element('twice', empty),
      element('twice', empty),
      choice(element('either', empty), group(element('either', empty), element('other', empty))),
      interleave(optional(element('inter', empty)), element('inter2', empty)),
    )), {});
    expect(children(inferShapes(g).root)).toEqual({
      once: { many: false, required: true },
      maybe: { many: false, required: false },
      list: { many: true, required: false },
      some: { many: true, required: true },
      twice: { many: true, required: true },
      either: { many: false, required: true },
      other: { many: false, required: false },
      inter: { many: false, required: false },
      inter2: { many: false, required: true },
    });
  });

  it('merges the variants of a type-discriminated element into one shape', () => {
    const { root } = inferShapes(sampleGrammar);
    const disk = shapeOf(root, 'devices', 'disk');
    expect(disk.typeName).toBe('DomainDisk');
    expect(disk.attributes.find((a) => a.key === 'type')).toMatchObject({
      required: true,
      values: [{ kind: 'value', value: 'file' }, { kind: 'value', value: 'block' }],
    });
    const source = shapeOf(disk, 'source');
    expect(source.attributes.map((a) => [a.key, a.required])).toEqual([['file', false], ['dev', false]]);
  });

  it('decides between plain strings, text beside attributes, and empty objects', () => {
    const { root } = inferShapes(sampleGrammar);
    expect(shapeOf(root, 'name').textMode).toBe('collapse');
    expect(shapeOf(root, 'memory').textMode).toBe('text');
    const acpi = shapeOf(root, 'features', 'acpi');
    expect([acpi.textMode, acpi.attributes, acpi.children]).toEqual(['none', [], []]);
  });

  it('renames only the attribute that collides with a child element', () => {
    const controller = shapeOf(inferShapes(sampleGrammar).root, 'devices', 'controller');
    expect(controller.attributes.map((a) => a.key)).toEqual(['type', '@model']);
    expect(controller.children.map((c) => c.key)).toEqual(['model', 'address']);
  });

  it('marks wildcard content, mixed content and data types', () => {
    const g = grammar(element('r', group(
      element('meta', zeroOrMore(choice(attribute(anyName), text, element(anyName, empty)))),
      element('para', mixed(zeroOrMore(element('b', text)))),
      element('size', group(attribute('unit', choice(value('KiB'), value('MiB'))), data('unsignedLong'))),
      element('maybe', choice(data('string', { pattern: '[a-f]+' }), empty)),
    )), {});
    const { root } = inferShapes(g);
    expect(shapeOf(root, 'meta')).toMatchObject({ anyAttributes: true, anyElements: true, textMode: 'text' });
    expect(shapeOf(root, 'para')).toMatchObject({ textMode: 'text', anyElements: false });
    expect(shapeOf(root, 'size').text).toEqual([{ kind: 'data', type: 'unsignedLong', params: new Map() }]);
    expect(shapeOf(root, 'maybe').text).toEqual([{ kind: 'data', type: 'string', params: new Map([['pattern', '[a-f]+']]) }, { kind: 'value', value: '' }]);
  });

  it('ignores branches that can never match', () => {
    const g = grammar(element('r', zeroOrMore(choice(ref('gone'), element('kept', empty)))), { gone: notAllowed });
    expect(inferShapes(g).root.children.map((c) => c.key)).toEqual(['kept']);
  });

  it('names types after defines, element paths, and the define shared elements are written in', () => {
    const g = grammar(ref('domain'), {
      domain: element('domain', group(element('os', element('loader', text)), ref('disk'), ref('hostdev'))),
      disk: element('disk', ref('storageSource')),
      hostdev: element('hostdev', ref('storageSource')),
      storageSource: choice(element('source', attribute('file')), element('source', attribute('dev'))),
    });
    const { root } = inferShapes(g);
    expect(root.typeName).toBe('Domain');
    expect(shapeOf(root, 'os', 'loader').typeName).toBe('DomainOsLoader');
    expect(shapeOf(root, 'disk').typeName).toBe('DomainDisk');
    expect(shapeOf(root, 'disk', 'source')).toBe(shapeOf(root, 'hostdev', 'source'));
    expect(shapeOf(root, 'disk', 'source').typeName).toBe('DomainStorageSource');
  });

  it('uses canonical prefixes for namespaced names and carries documentation', () => {
    const { root, namespaces } = inferShapes(sampleGrammar);
    const cmd = root.children.find((c) => c.key === 'qemu:commandline')!;
    expect(cmd.shape.typeName).toBe('DomainQemuCommandline');
    expect(shapeOf(cmd.shape, 'qemu:arg').typeName).toBe('DomainQemuCommandlineArg');
    expect(namespaces).toEqual({ qemu: 'http://libvirt.org/schemas/domain/qemu/1.0' });
    expect(root.doc).toBe('A virtual machine.');
    expect(root.attributes[0]!.doc).toBe('Hypervisor driver.');
    expect(root.children.find((c) => c.key === 'name')!.doc).toBe('Short name of the domain.');
    const other = inferShapes(grammar(element('r', element(name('x', 'urn:unknown'), empty)), {}));
    expect(other.root.children[0]!.key).toMatch(/^ns\d+:x$/);
  });
});
