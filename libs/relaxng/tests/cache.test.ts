import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { compileSchema } from '../src/index.js';
import { grammar } from './helpers.js';

describe('compiled grammar cache', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  test('reuses the simplified grammar until a schema file changes', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'virtkit-rng-cache-'));
    dirs.push(cacheDir);
    const files: Record<string, string> = {
      '/s/main.rng': grammar('<include href="lib.rng"/><start><element name="a"><ref name="body"/></element></start>'),
      '/s/lib.rng': grammar('<define name="body"><element name="b"><empty/></element></define>'),
    };
    const reads: string[] = [];
    const readFile = (path: string) => {
      reads.push(path);
      return files[path]!;
    };
    const first = compileSchema('/s/main.rng', { readFile, cacheDir });
    expect(first.validate('<a><b/></a>').valid).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(1);

    reads.length = 0;
    const second = compileSchema('/s/main.rng', { readFile, cacheDir });
    expect(reads.sort()).toEqual(['/s/lib.rng', '/s/main.rng']); // only hashed, once each
    expect(second.validate('<a><b/></a>').valid).toBe(true);
    expect(second.validate('<a><c/></a>').valid).toBe(false);

    files['/s/lib.rng'] = grammar('<define name="body"><element name="c"><empty/></element></define>');
    const third = compileSchema('/s/main.rng', { readFile, cacheDir });
    expect(third.validate('<a><c/></a>').valid).toBe(true);
    expect(third.validate('<a><b/></a>').valid).toBe(false);
  });
});
