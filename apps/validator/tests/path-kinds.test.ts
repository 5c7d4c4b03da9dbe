import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { absolutePath, pathKinds } from '../src/path-kinds.js';

const work = mkdtempSync(join(tmpdir(), 'vk-path-kinds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('absolutePath', () => {
  it('equals path.resolve for every shape of argument', () => {
    const cwds = ['/', '/a', '/a/b/c', '/a/b/'];
    const args = ['x.xml', 'd/x.xml', './x.xml', '../x.xml', '../../d/x.xml', '../../../../../x.xml', '/abs/x.xml', '/abs/../x.xml',
      'd/./x.xml', 'd/../x.xml', 'd//x.xml', 'd/', '.', '..', './', '../', '', '.hidden.xml', '..x.xml', 'd/..x', './../x.xml'];
    for (const cwd of cwds) for (const arg of args) expect(absolutePath(cwd, arg), `${cwd} + ${arg}`).toBe(resolve(cwd, arg));
  });
});

describe('pathKinds', () => {
  it('tells files from directories, by listing when many paths share a directory, and reports what is missing', () => {
    const dir = join(work, 'many');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const files = Array.from({ length: 12 }, (_, i) => join(dir, `f${i}.xml`));
    for (const file of files) writeFileSync(file, '<domain/>');
    symlinkSync(files[0]!, join(dir, 'link.xml'));
    symlinkSync(join(dir, 'sub'), join(dir, 'linkdir'));
    const paths = [...files, join(dir, 'sub'), join(dir, 'link.xml'), join(dir, 'linkdir'), join(dir, 'missing.xml'), join(work, 'alone.xml')];
    writeFileSync(join(work, 'alone.xml'), '<domain/>');
    const kinds = pathKinds(paths).map((k) => (k.kind === 'error' ? `error ${(k.error as NodeJS.ErrnoException).code}` : k.kind));
    expect(kinds).toEqual([...files.map(() => 'file'), 'directory', 'file', 'directory', 'error ENOENT', 'file']);
  });
});
