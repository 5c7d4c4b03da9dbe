// How the production compiler gets a schema: virtkit's own from the build's precompiled file
// (compiled again only when a schema file changed), others through the on-disk cache.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPrecompiledSchema, precompiledSchemaCheck } from '@virtkit/relaxng';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinPrecompiled, defaultCacheDir, engineCompiler } from '../src/engine.js';
import { builtinRoots, builtinSchemaDir } from '../src/schemas.js';
import { packageDir } from './paths.js';

const work = mkdtempSync(join(tmpdir(), 'vk-schema-loading-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('schema loading', () => {
  it('the build precompiles every built-in schema, current with schemas/rng', () => {
    for (const root of builtinRoots) {
      const file = join(builtinSchemaDir(), `${root}.rng`);
      const text = readFileSync(join(packageDir, 'dist', 'precompiled', `${root}.json`), 'utf8');
      const schema = loadPrecompiledSchema(file, text);
      expect(schema, `${root}.json is stale or unreadable`).toBeDefined();
      expect(schema!.rootElements()).toEqual([root]);
    }
  });

  it('a precompiled schema is ignored once a schema file changes, and the edited schema is compiled', () => {
    const schemas = join(work, 'rng');
    cpSync(builtinSchemaDir(), schemas, { recursive: true });
    const precompiled = new Map([[join(schemas, 'domain.rng'), join(packageDir, 'dist', 'precompiled', 'domain.json')]]);
    const compile = engineCompiler({ precompiled });
    const vm = '<vm/>';
    expect(compile(join(schemas, 'domain.rng')).validate(vm, {}).valid).toBe(false);
    // In the copy only, <vm/> becomes a second possible root.
    const top = readFileSync(join(schemas, 'domain.rng'), 'utf8');
    expect(top).toContain('<start><ref name="domain"/></start>');
    writeFileSync(join(schemas, 'domain.rng'), top.replace('<start><ref name="domain"/></start>', '<start><choice><ref name="domain"/><element name="vm"><empty/></element></choice></start>'));
    expect(compile(join(schemas, 'domain.rng')).validate(vm, {}).valid).toBe(true);
  });

  it('a preloaded schema (the start-up snapshot\'s) is used while current, and compiled afresh once its files change', () => {
    const schemas = join(work, 'rng-preloaded');
    cpSync(builtinSchemaDir(), schemas, { recursive: true });
    const file = join(schemas, 'domain.rng');
    const precompiled = readFileSync(join(packageDir, 'dist', 'precompiled', 'domain.json'), 'utf8');
    const schema = loadPrecompiledSchema(file, precompiled)!;
    const compile = engineCompiler({ preloaded: new Map([[file, { schema, isCurrent: precompiledSchemaCheck(file, precompiled) }]]) });
    expect(compile(file)).toBe(schema);
    const top = readFileSync(file, 'utf8');
    writeFileSync(file, top.replace('<start><ref name="domain"/></start>', '<start><choice><ref name="domain"/><element name="vm"><empty/></element></choice></start>'));
    const edited = compile(file);
    expect(edited).not.toBe(schema);
    expect(edited.validate('<vm/>', {}).valid).toBe(true);
  });

  it('other schemas go through the cache directory', () => {
    const cacheDir = join(work, 'cache');
    const schema = join(work, 'tiny.rng');
    writeFileSync(schema, '<element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>');
    const compile = engineCompiler({ cacheDir });
    expect(compile(schema).validate('<a/>', {}).valid).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(compile(schema).validate('<b/>', {}).valid).toBe(false);
  });

  it('the cache lives under $XDG_CACHE_HOME, else ~/.cache', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' })).toBe('/x/cache/virtkit');
    expect(defaultCacheDir({ HOME: '/home/u' })).toBe('/home/u/.cache/virtkit');
    // A relative XDG_CACHE_HOME is invalid by the spec and ignored.
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'rel', HOME: '/home/u' })).toBe('/home/u/.cache/virtkit');
    expect(builtinPrecompiled('/s', ['domain']).get('/s/domain.rng')).toMatch(/precompiled\/domain\.json$/);
  });
});
