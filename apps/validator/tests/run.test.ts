// The CLI run inside the test process, with a synthetic schema compiler (see memory-io.ts):
// option handling, schema selection, compile-once, exit codes, colour and progress decisions.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import { builtinSchemaDir } from '../src/schemas.js';
import { memoryIo, recordingCompiler } from './memory-io.js';

let dir: string;
const good = '<domain type="kvm"><name>a</name></domain>\n';
const bad = '<domain type="kvm">\n  <devices>\n    <forbidden/>\n  </devices>\n</domain>\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vk-run-'));
  writeFileSync(join(dir, 'good.xml'), good);
  writeFileSync(join(dir, 'bad.xml'), bad);
  writeFileSync(join(dir, 'net.xml'), '<network><name>n</name></network>');
  writeFileSync(join(dir, 'pool.xml'), '<pool type="dir"><name>p</name></pool>');
  writeFileSync(join(dir, 'foreign.xml'), '<domain xmlns="urn:example"/>');
  mkdirSync(join(dir, 'schemas'));
  for (const name of ['network.rng', 'storagepool.rng', 'broken.rng']) writeFileSync(join(dir, 'schemas', name), '<grammar/>');
  mkdirSync(join(dir, 'many'));
  for (let i = 0; i < 25; i++) writeFileSync(join(dir, 'many', `vm${String(i).padStart(2, '0')}.xml`), good);
  mkdirSync(join(dir, 'empty'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], options: Partial<Parameters<typeof memoryIo>[0]> = {}) {
  const edge = memoryIo({ cwd: dir, ...options });
  const compiler = recordingCompiler();
  const code = await runCli(argv, edge.io, { compile: compiler.compile });
  return { code, stdout: edge.stdout(), stderr: edge.stderr(), compiled: compiler.compiled };
}

describe('runCli', () => {
  it('exits 0 when every file is valid, with the summary on stdout', async () => {
    const r = await run(['good.xml', 'many']);
    expect(r).toMatchObject({ code: 0, stdout: '26 files checked: 26 valid\n', stderr: '' });
  });

  it('compiles the built-in domain schema once for the whole run', async () => {
    const r = await run(['good.xml', 'bad.xml', 'many']);
    expect(r.compiled).toEqual([join(builtinSchemaDir(), 'domain.rng')]);
  });

  it('exits 1 when a file is invalid, reporting its errors at the element', async () => {
    const r = await run(['good.xml', 'bad.xml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'bad.xml:3:5: error[2103]: element <forbidden> is not allowed here\n  expected: <allowed>\n  at: /domain/devices[1]/forbidden[1]\n' +
      '2 files checked: 1 valid, 1 invalid\n',
    );
  });

  it('reports malformed XML with its 1xxx code and position', async () => {
    const r = await run(['-', '--stdin-name', 'edited.xml'], { stdin: '<domain>\n  <name>x</nam>\n</domain>' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^edited\.xml:2:\d+: error\[1001\]: /);
  });

  it('reads - from standard input', async () => {
    const r = await run(['--format', 'json', '-'], { stdin: bad });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ file: '<stdin>', valid: false, errors: [{ line: 3, column: 5 }] });
  });

  it('exits 2 for a missing file, still checking and reporting the others', async () => {
    const r = await run(['--format', 'json', 'nope.xml', 'bad.xml']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ files: 2, valid: 0, invalid: 2 });
    expect(report.files[0]).toMatchObject({ file: 'nope.xml', errors: [{ code: 1990, line: null }] });
  });

  it('exits 2 when standard input cannot be read', async () => {
    expect((await run(['-'])).code).toBe(2);
  });

  it('exits 2 on usage errors, with a hint on stderr and nothing on stdout', async () => {
    for (const argv of [[], ['--format', 'yaml', 'good.xml'], ['--schema', 'missing.rng', 'good.xml'], ['--schema-dir', 'good.xml', 'good.xml'], ['empty']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^virtkit-validate: /);
    }
  });

  it('exits 2 without checking anything when the --schema does not compile', async () => {
    const r = await run(['--schema', 'schemas/broken.rng', 'good.xml', 'bad.xml']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('cannot use schema');
    expect(r.compiled).toHaveLength(1);
  });

  it('--schema applies one schema to every root element', async () => {
    const r = await run(['--schema', 'schemas/network.rng', 'good.xml', 'net.xml', 'pool.xml']);
    expect(r.code).toBe(0);
    expect(r.compiled).toEqual([join(dir, 'schemas/network.rng')]);
  });

  it('other roots need --schema-dir, which also knows libvirt file names (pool -> storagepool.rng)', async () => {
    const without = await run(['net.xml']);
    expect(without.code).toBe(2);
    expect(without.stdout).toContain('net.xml:1:1: error[2990]: no schema for root element <network>');
    expect(without.stdout).toContain('--schema-dir');
    const r = await run(['--schema-dir', 'schemas', 'net.xml', 'pool.xml', 'good.xml']);
    expect(r.code).toBe(0);
    expect(r.compiled).toEqual([join(dir, 'schemas/network.rng'), join(dir, 'schemas/storagepool.rng'), join(builtinSchemaDir(), 'domain.rng')]);
  });

  it('a root element in a namespace gets no libvirt schema', async () => {
    const r = await run(['foreign.xml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('error[2990]');
  });

  it('finds the root however the document begins, and reports the position of a root without schema', async () => {
    const cases: [string, string][] = [
      ['<?xml version="1.0"?>\n<!-- a comment -->\n<?pi x?>\n<domain type=\'kvm\' id = "1"><name>a</name></domain>', 'domain'],
      ['<p:domain xmlns:p="urn:example"/>', 'p:domain'],
      ['<domain xml:lang="en"><name>a</name></domain>', 'domain'],
      ['<network\n  ipv6="yes"/>', 'network'],
    ];
    for (const [text, root] of cases) {
      const r = await run(['-'], { stdin: text });
      if (root === 'domain') expect(r.stdout, text).toBe('1 file checked: 1 valid\n');
      else expect(r.stdout, text).toMatch(new RegExp(`^<stdin>:1:1: error\\[2990\\]: no schema for root element <${root.replace(/^.*:/, '')}>`));
    }
    const doctype = await run(['-'], { stdin: '<!DOCTYPE domain [<!ENTITY x "y">]><domain/>' });
    expect(doctype.stdout).toMatch(/^<stdin>:1:\d+: error\[1002\]/);
  });

  it('a broken schema found in --schema-dir fails the files that need it (exit 2), compiled once', async () => {
    const schemas = join(dir, 'schemas-broken');
    mkdirSync(schemas, { recursive: true });
    writeFileSync(join(schemas, 'broken-network.rng'), '<grammar/>');
    writeFileSync(join(dir, 'b1.xml'), '<broken-network/>');
    writeFileSync(join(dir, 'b2.xml'), '<broken-network/>');
    const r = await run(['--schema-dir', schemas, 'b1.xml', 'b2.xml', 'good.xml']);
    expect(r.code).toBe(2);
    expect(r.stdout.match(/error\[2991\]: cannot use schema/g)).toHaveLength(2);
    expect(r.compiled.filter((f) => f.includes('broken'))).toHaveLength(1);
  });

  it('quiet prints nothing at all when everything is valid', async () => {
    const r = await run(['-q', 'good.xml', 'many']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('colours text on a terminal only, never with NO_COLOR, and on request with --color always', async () => {
    expect((await run(['bad.xml'])).stdout).not.toContain('\x1b[');
    expect((await run(['bad.xml'], { stdoutTTY: true })).stdout).toContain('\x1b[31m');
    expect((await run(['bad.xml'], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await run(['--color', 'always', 'bad.xml'])).stdout).toContain('\x1b[31m');
    expect((await run(['--color', 'never', 'bad.xml'], { stdoutTTY: true })).stdout).not.toContain('\x1b[');
    expect((await run(['--format', 'json', 'bad.xml'], { stdoutTTY: true })).stdout).not.toContain('\x1b[');
  });

  it('draws a progress line on a terminal stderr for long runs, and erases it', async () => {
    let t = 0;
    const now = () => (t += 1000);
    const r = await run(['many'], { stderrTTY: true, now });
    expect(r.stderr).toContain('\r\x1b[Kchecking 24/25 many/vm24.xml');
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect((await run(['many'], { stderrTTY: false, now })).stderr).toBe('');
    expect((await run(['good.xml'], { stderrTTY: true, now })).stderr).toBe('');
  });

  it('--help and --version print to stdout and exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: virtkit-validate');
    expect((await run(['-V'])).stdout).toMatch(/^virtkit-validate \d+\.\d+\.\d+\n$/);
  });
});
