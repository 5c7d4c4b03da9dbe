// Readable type names for every device family: the generated `Domain` type must reach each
// family under `devices` through a named, exported, documented type whose name says what it is
// (no numbered or inline types), so users can write `const d: DomainDisk = ...` and read hover
// text. Checked on the generated text, which is what users import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const here = join(import.meta.dirname, '..');
const types = readFileSync(join(here, 'src', 'generated', 'types.ts'), 'utf8');
const index = readFileSync(join(here, 'src', 'index.ts'), 'utf8');

/** Device families: the element name under `<devices>`, and the word its type name must contain. */
const families: readonly { readonly element: string; readonly word: string }[] = [
  'disk', 'controller', 'filesystem', 'hostdev', 'redirdev', 'smartcard', 'hub', 'lease', 'interface',
  'graphics', 'video', 'audio', 'sound', 'input', 'serial', 'parallel', 'console', 'channel', 'tpm', 'rng',
  'watchdog', 'memballoon', 'iommu', 'vsock', 'shmem', 'panic',
].map((element) => ({ element, word: element }))
  .concat([{ element: 'memory', word: 'memory' }]);

/** The body of `export interface NAME { ... }` (up to the closing brace at column 0). */
function interfaceBody(name: string): string | undefined {
  const start = types.search(new RegExp(`^export interface ${name} \\{$`, 'm'));
  if (start < 0) return undefined;
  const end = types.indexOf('\n}', start);
  return types.slice(start, end);
}

/** Members of an interface at the top indentation level: name -> type text as written. */
function members(name: string): Map<string, string> {
  const body = interfaceBody(name) ?? '';
  const withoutComments = body.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map([...withoutComments.matchAll(/^ {2}(\w+)\??: (.+);$/gm)].map((m) => [m[1]!, m[2]!]));
}

/** The JSDoc right above `export interface|type NAME`, without its stars. */
function docOf(name: string): string | undefined {
  const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\n(?:export (?:interface|type) ${name}\\b)`).exec(types);
  return m?.[1]?.replace(/^\s*\* ?/gm, ' ').replace(/This interface was referenced by[\s\S]*$/, '').trim();
}

const declared = (name: string): boolean => new RegExp(`^export (?:interface ${name} \\{|type ${name} =)`, 'm').test(types);
/** A readable type name: PascalCase words, no digits or underscores (as json-schema-to-typescript's `Disk1` would have). */
const readable = (name: string): boolean => /^(?:[A-Z][a-z]+)+$/.test(name) && name.length <= 40;

describe('generated type names of device families', () => {
  const devicesType = members('Domain').get('devices');
  const deviceMembers = members(devicesType ?? '');
  const familyTypes = new Map(families.map(({ element }) => [element, deviceMembers.get(element)?.replace(/\[\]$/, '')]));

  it('reaches the devices through a named interface', () => {
    expect(devicesType).toMatch(/^\w+$/);
    expect(interfaceBody(devicesType!), `interface ${devicesType}`).toBeDefined();
  });

  it('gives every family a readable, exported, documented type of its own', () => {
    console.info([...familyTypes].map(([element, type]) => `<${element}>: ${type ?? '(missing)'}`).join('\n'));
    const problems: string[] = [];
    for (const { element, word } of families) {
      const type = familyTypes.get(element);
      if (type === undefined) { problems.push(`<${element}>: no member under ${devicesType}`); continue; }
      if (!/^\w+$/.test(type)) { problems.push(`<${element}>: inline type ${type}`); continue; }
      if (!readable(type)) problems.push(`<${element}>: ${type} is not a readable PascalCase name`);
      if (!type.toLowerCase().includes(word)) problems.push(`<${element}>: ${type} does not say "${word}"`);
      if (!declared(type)) problems.push(`<${element}>: ${type} is not an exported interface or type`);
      if ((docOf(type) ?? '').length < 10) problems.push(`<${element}>: ${type} has no documentation`);
    }
    expect(problems).toEqual([]);
  });

  it('uses a distinct type per family, and the memory device type differs from the memory size', () => {
    const names = [...familyTypes.values()];
    expect(new Set(names).size).toBe(names.length);
    const memorySize = members('Domain').get('memory');
    expect(memorySize).toBeDefined();
    expect(familyTypes.get('memory')).not.toBe(memorySize);
  });

  it('names every variant readably where a family is a union of shapes', () => {
    const unreadable: string[] = [];
    for (const type of familyTypes.values()) {
      const alias = new RegExp(`^export type ${type} =([^;]*);`, 'm').exec(types);
      if (alias === null) continue;
      for (const variant of alias[1]!.split('|').map((part) => part.trim()).filter(Boolean)) {
        if (!/^\w+$/.test(variant) || !readable(variant) || !declared(variant)) unreadable.push(`${type}: ${variant}`);
      }
    }
    expect(unreadable).toEqual([]);
  });

  it('splits the families the schema writes as variants into unions told apart by a literal', () => {
    // Family -> discriminating attribute, for families whose schema is a choice of variants.
    const discriminated: Record<string, string> = {
      disk: 'type', controller: 'type', filesystem: 'type', hostdev: 'type', interface: 'type', graphics: 'type',
      audio: 'type', input: 'type', smartcard: 'mode',
    };
    const problems: string[] = [];
    for (const [element, key] of Object.entries(discriminated)) {
      const type = familyTypes.get(element)!;
      const alias = new RegExp(`^export type ${type} =([^;]*);`, 'm').exec(types);
      const variants = alias?.[1]!.split('|').map((v) => v.trim()).filter(Boolean) ?? [];
      if (variants.length < 2) { problems.push(`<${element}>: ${type} is not a union`); continue; }
      const seen = new Map<string, string>();
      let optional = 0;
      for (const variant of variants) {
        const literal = members(variant).get(key);
        if (!literal || !/^'[^']+'(?: \| '[^']+')*$/.test(literal)) { problems.push(`${variant}.${key}: ${literal ?? '(missing)'}`); continue; }
        if (new RegExp(`^ {2}${key}\\?:`, 'm').test(interfaceBody(variant) ?? '')) optional++;
        for (const value of literal.split(' | ')) {
          if (seen.has(value)) problems.push(`${value} in both ${seen.get(value)} and ${variant}`);
          seen.set(value, variant);
        }
      }
      if (optional > 1) problems.push(`<${element}>: ${optional} variants may leave out ${key}`);
    }
    expect(problems).toEqual([]);
  });

  it('names the storage source after the define that holds it, not after the first element using it', () => {
    expect(members('DomainDiskFile').get('source')).toBe('DomainStorageSourceFile');
    expect(members('DomainDiskBlock').get('source')).toBe('DomainStorageSourceBlock');
    expect(members('DomainOsNvramBlock').get('source')).toBe('DomainStorageSourceBlock');
    expect(declared('DomainStorageSource')).toBe(true);
    expect(types).not.toMatch(/\bDomainOsNvramSource\w*/);
  });

  it('exports the generated types from the package entry point', () => {
    expect(index).toMatch(/^export type \* from '\.\/generated\/types\.js';$/m);
  });
});
