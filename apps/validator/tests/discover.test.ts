import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverInputs } from '../src/discover.js';
import { corpusDir } from './paths.js';

const displays = (args: string[], cwd = corpusDir) => discoverInputs(args, { cwd }).inputs.map((i) => i.display);

describe('discoverInputs', () => {
  it('walks a directory depth first in name order, *.xml only, skipping hidden entries', () => {
    expect(displays(['tree'])).toEqual([
      'tree/guests/a.xml',
      'tree/guests/nested/b.xml',
      'tree/guests/nested/c-invalid.xml',
      'tree/other/z.xml',
    ]);
  });

  it('keeps argument order, checks an explicitly named file whatever its extension, and checks a file once', () => {
    expect(displays(['minimal.xml', 'tree/other', 'tree/other/notes.txt', './minimal.xml', 'tree/other/z.xml'])).toEqual([
      'minimal.xml', 'tree/other/z.xml', 'tree/other/notes.txt',
    ]);
  });

  it('maps - to standard input, with the name given', () => {
    expect(discoverInputs(['-', 'minimal.xml', '-'], { cwd: corpusDir, stdinName: 'vm.xml' }).inputs).toEqual([
      { kind: 'stdin', display: 'vm.xml' },
      { kind: 'file', display: 'minimal.xml', absolute: join(corpusDir, 'minimal.xml') },
    ]);
  });

  it('reports a missing path as an unreadable file, and goes on', () => {
    const { inputs, missing } = discoverInputs(['nope.xml', 'minimal.xml'], { cwd: corpusDir });
    expect(inputs).toHaveLength(1);
    expect(missing).toEqual([{
      file: 'nope.xml', absolute: join(corpusDir, 'nope.xml'), valid: false, failure: 'io',
      problems: [{ code: 1990, severity: 'error', message: 'cannot read nope.xml: no such file or directory' }],
    }]);
  });

  describe('with symbolic links', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vk-discover-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'real.xml'), '<domain/>');
    symlinkSync(join(dir, 'sub', 'real.xml'), join(dir, 'sub', 'link.xml'));
    symlinkSync(dir, join(dir, 'sub', 'loop')); // a directory link back up: must not be followed
    symlinkSync(join(dir, 'gone.xml'), join(dir, 'dangling.xml'));

    it('follows links to files, not links to directories, and ignores dangling links', () => {
      expect(displays(['.'], dir)).toEqual(['sub/link.xml', 'sub/real.xml']);
    });
  });
});
