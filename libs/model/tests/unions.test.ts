// Discriminated unions: where the schema writes an element as a choice of groups that each fix
// one attribute, the types get one variant per value; the codec keeps one merged shape.
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { emitJsonSchema } from '../codegen/emit/json-schema.js';
import { parseDomain, type DomainDisk } from '../src/index.js';
import { emitTypes } from '../codegen/emit/typescript.js';
import { inferShapes } from '../codegen/shapes/infer.js';
import type { ContentShape, ElementShape } from '../codegen/shapes/model.js';
import { attribute, choice, element, empty, grammar, group, optional, ref, text, value, zeroOrMore } from './helpers/ir.js';
import { sampleGrammar } from './helpers/sample-grammar.js';

const child = (shape: ContentShape, key: string): ElementShape => shape.children.find((c) => c.key === key)!.shape;
const attributeKeys = (shape: { attributes: readonly { key: string }[] }) => shape.attributes.map((a) => a.key);

/** A device whose `type` picks the source; `managed` takes yes/no in both branches (no distinction). */
const storage = {
  storageSource: choice(ref('sourceFile'), ref('sourceBlock')),
  sourceFile: group(optional(attribute('type', value('file'))), optional(element('source', attribute('file')))),
  sourceBlock: group(attribute('type', value('block')), optional(element('source', group(attribute('dev'), optional(element('seclabel', empty)))))),
};

describe('discriminated unions in the shape model', () => {
  it('splits a choice of groups fixing `type` into variants, keeping the merged shape for the codec', () => {
    const disk = child(child(inferShapes(sampleGrammar).root, 'devices'), 'disk');
    expect(disk.union?.discriminator).toBe('type');
    expect(disk.union!.variants.map((v) => [v.typeName, v.values, v.isDefault])).toEqual([
      ['DomainDiskFile', ['file'], false],
      ['DomainDiskBlock', ['block'], false],
    ]);
    const [file, block] = disk.union!.variants;
    const fileSource = child(file!, 'source');
    const blockSource = child(block!, 'source');
    expect(attributeKeys(fileSource)).toEqual(['file']);
    expect(attributeKeys(blockSource)).toEqual(['dev']);
    // The codec reads either source with one merged shape, which both narrower views refine.
    const merged = child(disk, 'source');
    expect(attributeKeys(merged)).toEqual(['file', 'dev']);
    expect([fileSource.codec, blockSource.codec]).toEqual([merged, merged]);
    expect(file!.attributes.find((a) => a.key === 'type')).toMatchObject({ required: true, values: [{ kind: 'value', value: 'file' }] });
    expect(attributeKeys(file!)).toContain('device');
  });

  it('makes the variant that may leave the discriminator out the default, and spans nested choices', () => {
    const g = grammar(element('domain', zeroOrMore(choice(ref('disk'), ref('nvram')))), {
      ...storage,
      disk: element('disk', group(choice(group(optional(attribute('device', choice(value('disk'), value('cdrom')))), ref('storageSource')), group(attribute('device', value('lun')), ref('sourceBlock'))), element('target', empty))),
      nvram: element('nvram', optional(choice(text, ref('storageSource')))),
    });
    const { root } = inferShapes(g);
    const disk = child(root, 'disk');
    expect(disk.union!.variants.map((v) => [v.values, v.isDefault])).toEqual([[['file'], true], [['block'], false]]);
    const block = disk.union!.variants[1]!;
    expect(block.attributes.find((a) => a.key === 'device')!.values.map((v) => (v.kind === 'value' ? v.value : v.kind))).toEqual(['disk', 'cdrom', 'lun']);
    // <nvram>: a path as text, or a storage source; text and the type-less file source share the default.
    const nvram = child(root, 'nvram');
    expect(nvram.union!.variants.map((v) => [v.typeName, v.isDefault, v.text !== undefined])).toEqual([
      ['DomainNvramFile', true, true],
      ['DomainNvramBlock', false, false],
    ]);
  });

  it('keeps one shape where branches do not fix an attribute to different values', () => {
    const g = grammar(element('domain', group(
      element('hostdev', choice(
        group(attribute('managed', choice(value('yes'), value('no'))), element('a', empty)),
        group(attribute('managed', choice(value('yes'), value('no'))), element('b', empty)),
      )),
      element('video', group(attribute('model', choice(value('vga'), value('qxl'))), optional(element('accel', empty)))),
      element('tpm', choice(group(attribute('model', value('tis')), ref('backend')), group(attribute('model', value('crb')), ref('backend')))),
    )), { backend: element('backend', empty) });
    const { root } = inferShapes(g);
    expect(['hostdev', 'video', 'tpm'].map((k) => child(root, k).union)).toEqual([undefined, undefined, undefined]);
  });

  it('names a shape shared by several places after the define holding it, not after the first place met', () => {
    const g = grammar(element('domain', group(element('os', ref('nvram')), element('devices', zeroOrMore(ref('disk'))))), {
      ...storage,
      nvram: element('nvram', ref('storageSource')),
      disk: element('disk', ref('storageSource')),
    });
    const model = inferShapes(g);
    const disk = child(child(model.root, 'devices'), 'disk');
    const nvram = child(child(model.root, 'os'), 'nvram');
    expect(child(disk, 'source')).toBe(child(nvram, 'source'));
    expect(child(disk, 'source').typeName).toBe('DomainStorageSource');
    expect(disk.union!.variants.map((v) => child(v, 'source').typeName)).toEqual(['DomainSourceFile', 'DomainSourceBlock']);
    expect(child(disk.union!.variants[1]!, 'source')).toBe(child(nvram.union!.variants[1]!, 'source'));
    // The merged <source> is the codec's alone; the types use the narrower ones.
    expect(model.typeShapes).not.toContain(child(disk, 'source'));
  });
});

describe('discriminated unions in the emitted schema and types', () => {
  const model = inferShapes(sampleGrammar);
  const validate = new Ajv({ strict: false, allErrors: true }).compile(emitJsonSchema(model));
  const doc = (disk: object) => ({ type: 'kvm', name: 'n', devices: { disk: [disk] } });

  it('checks each variant on its own, keyed on the discriminator', () => {
    expect(validate(doc({ type: 'file', device: 'disk', target: { dev: 'vda' }, source: { file: '/a' } }))).toBe(true);
    expect(validate(doc({ type: 'block', device: 'disk', target: { dev: 'vda' }, source: { dev: '/dev/sda' } }))).toBe(true);
    // A file source on a block disk: fine for the merged shape, wrong for the block variant.
    expect(validate(doc({ type: 'block', device: 'disk', target: { dev: 'vda' }, source: { file: '/a' } }))).toBe(false);
    expect(validate.errors!.find((e) => e.keyword === 'additionalProperties')).toMatchObject({
      instancePath: '/devices/disk/0/source', params: { additionalProperty: 'file' },
    });
    expect(validate(doc({ type: 'tape', device: 'disk', target: { dev: 'vda' } }))).toBe(false);
    expect(validate.errors!.map((e) => [e.instancePath, e.keyword])).toEqual([['/devices/disk/0/type', 'enum']]);
    expect(validate(doc({ device: 'disk', target: { dev: 'vda' } }))).toBe(false);
    expect(validate.errors!.map((e) => [e.instancePath, e.keyword])).toEqual([['/devices/disk/0', 'required']]);
  });

  it('writes a union type of variant interfaces, each with its discriminator value', async () => {
    const ts = await emitTypes(emitJsonSchema(model, { unions: 'any-of' }), 'Domain');
    expect(ts).toMatch(/^export type DomainDisk = DomainDiskFile \| DomainDiskBlock;$/m);
    const body = (name: string) => new RegExp(`^export interface ${name} \\{([\\s\\S]*?)^\\}`, 'm').exec(ts)?.[1] ?? '';
    expect(body('DomainDiskFile')).toMatch(/^ {2}type: 'file';$/m);
    expect(body('DomainDiskFile')).toMatch(/^ {2}source\?: DomainDiskFileSource;$/m);
    expect(body('DomainDiskBlock')).toMatch(/^ {2}type: 'block';$/m);
    expect(body('DomainDiskFileSource')).toMatch(/^ {2}file: string;$/m);
    expect(body('DomainDiskFileSource')).not.toMatch(/dev/);
  });
});

describe('the generated domain types', () => {
  it('narrow a disk by its type (checked by tsc over the tests as well)', () => {
    const domain = parseDomain(`<domain type='kvm'><name>d</name><os><type>hvm</type></os><devices>
      <disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>
      <disk device='cdrom'><source file='/iso/boot.iso'/><target dev='sda'/></disk>
    </devices></domain>`);
    const where = (disk: DomainDisk): string | undefined => {
      switch (disk.type) {
        case 'block':
          // @ts-expect-error a block disk's source has no `file`
          void disk.source?.file;
          return disk.source?.dev;
        case undefined:
        case 'file':
          return disk.source?.file;
        default:
          return disk.type;
      }
    };
    expect(domain.devices!.disk!.map(where)).toEqual(['/dev/sdb', '/iso/boot.iso']);
  });
});
