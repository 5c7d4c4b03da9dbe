import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { emitCodecTables, toCodecTables } from '../codegen/emit/codec-tables.js';
import { GENERATED_HEADER } from '../codegen/emit/header.js';
import { emitJsonSchema } from '../codegen/emit/json-schema.js';
import { emitTypes } from '../codegen/emit/typescript.js';
import { valueSchema } from '../codegen/emit/value-schema.js';
import { generateModel } from '../codegen/generate.js';
import { inferShapes } from '../codegen/shapes/infer.js';
import { sampleGrammar } from './helpers/sample-grammar.js';

const model = inferShapes(sampleGrammar);
const schema = emitJsonSchema(model);
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

describe('emitters', () => {
  it('turns value alternatives into enums and anchored patterns', () => {
    expect(valueSchema([{ kind: 'value', value: 'a' }, { kind: 'value', value: 'a' }, { kind: 'value', value: 'b' }])).toEqual({ type: 'string', enum: ['a', 'b'] });
    expect(valueSchema([{ kind: 'data', type: 'string', params: new Map([['pattern', '[0-9]+']]) }])).toEqual({ type: 'string', pattern: '^(?:[0-9]+)$' });
    expect(valueSchema([{ kind: 'data', type: 'unsignedInt', params: new Map() }]).pattern).toBe('^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$');
    expect(valueSchema([{ kind: 'value', value: 'x' }, { kind: 'any' }])).toEqual({ type: 'string' });
    expect(valueSchema([{ kind: 'data', type: 'string', params: new Map([['pattern', '\\i\\c*']]) }])).toEqual({ type: 'string' });
  });

  it('emits a JSON Schema that checks the JSON form', () => {
    const ok = { type: 'kvm', name: 'n', devices: { disk: [{ type: 'file', device: 'disk', target: { dev: 'vda' } }], controller: [{ type: 'scsi', '@model': 'x', model: { name: 'y' } }] } };
    expect(validate(ok)).toBe(true);
    expect(validate({ ...ok, type: 'xen' })).toBe(false);
    expect(validate({ ...ok, devices: { disk: [{ type: 'file', device: 'disk', target: { dev: 'xyz' } }] } })).toBe(false);
    expect(validate({ ...ok, memory: { '#text': ' 12 ' } })).toBe(true);
    expect(validate({ ...ok, memory: { '#text': '12k' } })).toBe(false);
    expect(validate({ ...ok, metadata: { '#unknown': [{ '#name': 'a:b', '#xmlns': { a: 'urn:a' } }, 'text'] } })).toBe(true);
    expect(validate({ ...ok, features: { '#unknown': [] } })).toBe(false);
  });

  it('emits TypeScript types with literal unions and JSDoc', async () => {
    const ts = await emitTypes(schema, 'Domain');
    expect(ts).toContain(`type: 'kvm' | 'qemu';`);
    expect(ts).toContain(`'@model'?: string;`);
    expect(ts).toContain(`disk?: DomainDisk[];`);
    expect(ts).toContain(`export type DomainName = string;`);
    expect(ts).toMatch(/\/\*\*\n\s+\* Hypervisor driver\.\n\s+\*\/\n\s+type:/);
  });

  it('emits codec tables as a module, and every generated file starts with the header', async () => {
    const tables = toCodecTables(model);
    expect(tables.shapes[tables.root.shape]!.type).toBe('Domain');
    const source = emitCodecTables(tables);
    expect(source).toContain(`{ key: '@model', ns: '', local: 'model', qname: 'model' },`);
    const files = await generateModel(sampleGrammar);
    expect([...files.keys()].sort()).toEqual(['codec-tables.ts', 'json-schema.ts', 'types.ts']);
    for (const content of files.values()) for (const line of GENERATED_HEADER) expect(content.slice(0, 300)).toContain(line);
    expect(await generateModel(sampleGrammar)).toEqual(files);
  });
});
