// The built CLI as a real process over the hand-written files of test/corpus/validator, with
// the real engine and virtkit's own domain schema (or libvirt's, where a test says so).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libvirtCorpusDir, libvirtSchemaDir } from '@virtkit/testkit';
import { cliPath, runProcess } from './cli-process.js';
import { corpus, corpusDir } from './paths.js';
import { sarifViolations } from './sarif-rules.js';

const invalidFiles = ['unknown-device-invalid.xml', 'disk-bus-invalid.xml', 'missing-name-invalid.xml', 'domain-type-invalid.xml'];
const libvirtSchemas = libvirtSchemaDir();
const libvirtCorpus = libvirtCorpusDir();

describe('virtkit-validate (process)', () => {
  it('runs by its shebang and prints its version and help', () => {
    expect(readFileSync(cliPath, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(runProcess(['--version'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^virtkit-validate \d+\.\d+\.\d+\n$/) });
    expect(runProcess(['--help']).stdout).toContain('Exit status: 0 every file valid');
  });

  it('exit 0 and a summary for valid domains', () => {
    expect(runProcess(['minimal.xml', 'desktop.xml'])).toEqual({ status: 0, stdout: '2 files checked: 2 valid\n', stderr: '' });
  });

  it('exit 0 and no output at all with -q', () => {
    expect(runProcess(['-q', 'minimal.xml', 'desktop.xml'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('exit 1 for each invalid domain, with compiler-style errors', () => {
    for (const file of invalidFiles) {
      const run = runProcess([file]);
      expect(run.status, file).toBe(1);
      expect(run.stdout, file).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+:\\d+: error\\[2\\d{3}\\]: \\S.*\\n`));
      expect(run.stdout, file).toMatch(/\n {2}at: \/domain/);
      expect(run.stdout.endsWith('1 file checked: 0 valid, 1 invalid\n'), file).toBe(true);
    }
  });

  it('points at the offending element: the unknown device on line 12', () => {
    const run = runProcess(['unknown-device-invalid.xml']);
    expect(run.stdout).toMatch(/^unknown-device-invalid\.xml:12:5: error\[2\d{3}\]: .*floppy-drive/m);
    expect(run.stdout).toContain('  at: /domain/devices/floppy-drive\n');
    expect(run.stdout).toMatch(/\n {2}expected: .*\bdisk\b/);
  });

  it('points at the second disk\'s target for a bad bus value', () => {
    const run = runProcess(['disk-bus-invalid.xml']);
    expect(run.stdout).toMatch(/^disk-bus-invalid\.xml:14:\d+: error\[2\d{3}\]: .*firewire/m);
    expect(run.stdout).toMatch(/ {2}at: \/domain\/devices\/disk\[2\]\/target/);
  });

  it('says each expected item once, and names elements of other namespaces with the document\'s prefix', () => {
    const run = runProcess(['qemu-arg-invalid.xml']);
    expect(run.stdout).toBe(
      'qemu-arg-invalid.xml:6:5: error[2102]: Unknown element <qemu:argument> is not allowed in <qemu:commandline>.\n' +
      '  expected: <qemu:arg>, <qemu:env>\n' +
      '  at: /domain/qemu:commandline/qemu:argument\n' +
      '1 file checked: 0 valid, 1 invalid\n',
    );
    const bus = runProcess(['disk-bus-invalid.xml']).stdout;
    expect(bus).toContain('error[2108]: Attribute "bus" has the invalid value "firewire".\n  expected: "fdc", "ide", "sata", "scsi", "sd", "uml", "usb", "virtio", "xen"\n');
  });

  it('reports every error of a file in document order, or the first N with --max-errors N', () => {
    const all = JSON.parse(runProcess(['--format', 'json', 'several-errors-invalid.xml']).stdout).files[0];
    expect(all.errors.map((e: { line: number; path: string }) => [e.line, e.path])).toEqual([
      [4, '/domain/vcpu/@placement'], [9, '/domain/devices/disk/@colour'], [13, '/domain/devices/graphics/@port'],
    ]);
    const first = runProcess(['--max-errors', '1', 'several-errors-invalid.xml']);
    expect(first.status).toBe(1);
    expect(first.stdout.match(/error\[/g)).toHaveLength(1);
    expect(first.stdout).toMatch(/^several-errors-invalid\.xml:4:\d+: error\[2108\]: [^]*\nseveral-errors-invalid\.xml: warning\[2199\]: Validation stopped after 1 error\.\n/);
    expect(runProcess(['-q', '--max-errors', '1', 'several-errors-invalid.xml']).stdout).not.toContain('warning');
  });

  it('exit 1 for malformed XML, with the 1001 code at the mismatched end tag', () => {
    const run = runProcess(['malformed.xml']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^malformed\.xml:6:\d+: error\[1001\]: /);
  });

  it('walks a directory tree', () => {
    const run = runProcess(['--format', 'json', 'tree']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      ['tree/guests/a.xml', true], ['tree/guests/nested/b.xml', true], ['tree/guests/nested/c-invalid.xml', false], ['tree/other/z.xml', true],
    ]);
    expect(report.summary).toEqual({ files: 4, valid: 3, invalid: 1 });
  });

  it('reads standard input for -', () => {
    expect(runProcess(['-'], { input: readFileSync(corpus('minimal.xml'), 'utf8') }).status).toBe(0);
    const bad = runProcess(['-', '--stdin-name', 'vm.xml'], { input: readFileSync(corpus('unknown-device-invalid.xml'), 'utf8') });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^vm\.xml:12:5: error/);
    expect(runProcess(['-']).stdout).toMatch(/^<stdin>:\d+:\d+: error\[1001\]/); // empty input is not a document
  });

  it('json: exactly one object with files and summary', () => {
    const run = runProcess(['--format', 'json', 'minimal.xml', ...invalidFiles, 'malformed.xml']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['files', 'summary']);
    expect(report.summary).toEqual({ files: 6, valid: 1, invalid: 5 });
    for (const file of report.files) {
      expect(Object.keys(file).slice(0, 3)).toEqual(['file', 'valid', 'errors']);
      expect(file.valid).toBe(file.errors.length === 0);
      for (const error of file.errors) {
        expect(Object.keys(error)).toEqual(['line', 'column', 'path', 'message', 'expected', 'code']);
        expect(error.line).toBeGreaterThanOrEqual(1);
        expect(error.column).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('sarif: a valid SARIF 2.1.0 log with artifact URIs relative to the working directory', () => {
    const files = [...invalidFiles, 'malformed.xml', 'minimal.xml'].map((f) => `validator/${f}`);
    const run = runProcess(['--format', 'sarif', ...files], { cwd: join(corpusDir, '..') });
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(sarifViolations(log)).toEqual([]);
    const uris = log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set([...invalidFiles, 'malformed.xml'].map((f) => `validator/${f}`)));
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('1001');
  });

  it('github: one ::error workflow command per error, with file, line, col and title', () => {
    const run = runProcess(['--format', 'github', '-q', ...invalidFiles, 'malformed.xml']);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line).toMatch(/^::error file=[\w.-]+\.xml,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?,title=virtkit-validate \d+::[^\n\r]+$/);
  });

  it('exit 2 for a missing file (others still checked), a usage error, or a schema that is not RELAX NG', () => {
    const missing = runProcess(['no-such.xml', 'minimal.xml']);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain('no-such.xml: error[1990]: cannot read no-such.xml: no such file or directory\n');
    expect(missing.stdout).toContain('2 files checked: 1 valid, 1 not checked');
    expect(runProcess(['--format', 'yaml', 'minimal.xml'])).toMatchObject({ status: 2, stdout: '' });
    expect(runProcess([])).toMatchObject({ status: 2, stdout: '' });
    const badSchema = runProcess(['--schema', 'minimal.xml', 'minimal.xml']);
    expect(badSchema).toMatchObject({ status: 2, stdout: '' });
    expect(badSchema.stderr).toMatch(/^virtkit-validate: cannot use schema .*minimal\.xml/);
  });

  it('exit 2 for a document virtkit has no schema for, naming the way out', () => {
    const run = runProcess(['network.xml', 'unknown-root.xml']);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('network.xml:1:1: error[2990]: no schema for root element <network>');
    expect(run.stdout).toContain('unknown-root.xml:1:1: error[2990]: no schema for root element <project>');
  });

  describe.skipIf(!libvirtSchemas)("with libvirt's schema directory", () => {
    it('--schema-dir checks other libvirt roots with their own schema', () => {
      const run = runProcess(['--format', 'json', '--schema-dir', libvirtSchemas!, 'network.xml', 'network-forward-invalid.xml', 'minimal.xml']);
      const report = JSON.parse(run.stdout);
      expect(report.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
        ['network.xml', true], ['network-forward-invalid.xml', false], ['minimal.xml', true],
      ]);
      expect(run.status).toBe(1);
    });

    it('--schema forces one schema and agrees with the built-in one on these files', () => {
      const files = ['minimal.xml', 'desktop.xml', ...invalidFiles];
      const withLibvirt = JSON.parse(runProcess(['--format', 'json', '--schema', join(libvirtSchemas!, 'domain.rng'), ...files]).stdout);
      const builtin = JSON.parse(runProcess(['--format', 'json', ...files]).stdout);
      expect(withLibvirt.files.map((f: { valid: boolean }) => f.valid)).toEqual([true, true, false, false, false, false]);
      expect(builtin.files.map((f: { valid: boolean }) => f.valid)).toEqual([true, true, false, false, false, false]);
    });
  });

  describe.skipIf(spawnSync('script', ['--version']).status !== 0)('on a terminal (util-linux script)', () => {
    const onTerminal = (args: string[], env: Record<string, string> = {}) => {
      const command = [cliPath, ...args].map((a) => `'${a}'`).join(' ');
      const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: corpusDir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TERM: 'xterm', ...env } });
      return { status: run.status, output: run.stdout };
    };

    it('colours the text report, unless NO_COLOR is set', () => {
      const coloured = onTerminal(['unknown-device-invalid.xml']);
      expect(coloured.status).toBe(1);
      expect(coloured.output).toContain('\x1b[31m');
      expect(onTerminal(['unknown-device-invalid.xml'], { NO_COLOR: '1' }).output).not.toContain('\x1b[');
    });

    it.skipIf(!libvirtCorpus)('shows a progress line while checking many files, erased at the end', () => {
      // No start delay: a fast run must still show the line, whatever the machine's speed.
      const run = onTerminal(['-f', 'github', join(libvirtCorpus!, 'domain')], { VIRTKIT_PROGRESS_DELAY_MS: '0' });
      // The terminal `script` provides is narrow: the line may be cut right after the count.
      expect(run.output).toMatch(/\r\x1b\[Kchecking \d+\/2263[ .]/);
      expect(run.output).toMatch(/\r\x1b\[Kvirtkit-validate: 2263 files checked/);
    });
  });
});
