// bin/virtkit-validate, the installed command, starts the single-file build from a V8 start-up
// snapshot (schemas loaded and warmed at build time). It must behave exactly as the single-file
// build: same reports, same exit codes, whatever the input and format.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libvirtCorpusDir, libvirtSchemaDir } from '@virtkit/testkit';
import { launcherPath, runProcess } from './cli-process.js';
import { corpusDir, packageDir } from './paths.js';

const libvirtCorpus = libvirtCorpusDir();
const libvirtSchemas = libvirtSchemaDir();
const both = (args: string[], options: { input?: string } = {}) =>
  [runProcess(args, options), runProcess(args, { ...options, command: launcherPath })] as const;

describe('bin/virtkit-validate (start-up snapshot)', () => {
  it('was built for this node binary in this place, so the snapshot is what runs', () => {
    const [stamp] = readFileSync(join(packageDir, 'dist', 'virtkit-validate.blob.stamp'), 'utf8').split('\n');
    const node = statSync(process.execPath);
    expect(stamp).toMatch(new RegExp(`^${node.size} ${Math.floor(node.mtimeMs / 1000)} ${join(packageDir, 'dist')}( --[a-z-]+=\\w+)*$`));
  });

  it('reports exactly what the single-file build reports, in every format', () => {
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const [bundle, launcher] = both(['--format', format, corpusDir]);
      expect(bundle.status).toBe(2); // invalid documents on purpose, and roots without a schema
      expect(launcher).toEqual(bundle);
    }
  });

  it('reads standard input and reports usage errors alike', () => {
    const input = readFileSync(join(corpusDir, 'minimal.xml'), 'utf8');
    const [bundle, launcher] = both(['-'], { input });
    expect(launcher).toEqual(bundle);
    expect(bundle.status).toBe(0);
    const [badBundle, badLauncher] = both(['--format', 'yaml', 'minimal.xml']);
    expect(badLauncher).toEqual(badBundle);
    expect(badBundle.status).toBe(2);
  });

  it('still runs when NODE_OPTIONS carries V8 options (which the snapshot would refuse)', () => {
    const run = runProcess(['-q', 'minimal.xml'], { command: launcherPath, env: { NODE_OPTIONS: '--max-old-space-size=4096' } });
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('runs parallel checks (--jobs) with the single-file build', () => {
    const [bundle, launcher] = both(['-j', '2', '--format', 'json', corpusDir]);
    expect(launcher).toEqual(bundle);
  });

  it.skipIf(libvirtCorpus === undefined)('gives the same report as the single-file build on libvirt\'s whole domain corpus', () => {
    const dir = join(libvirtCorpus!, 'domain');
    const [bundle, launcher] = both(['--format', 'json', dir]);
    expect(JSON.parse(bundle.stdout).summary.files).toBe(2263);
    expect(launcher).toEqual(bundle);
    if (libvirtSchemas !== undefined) {
      const [withLibvirt, launcherWithLibvirt] = both(['--format', 'json', '--schema', join(libvirtSchemas, 'domain.rng'), dir]);
      expect(launcherWithLibvirt).toEqual(withLibvirt);
    }
  });
});
