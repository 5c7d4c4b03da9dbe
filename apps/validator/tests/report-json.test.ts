import { describe, expect, it } from 'vitest';
import { createReporter } from '../src/report/index.js';
import { context, invalidResult, malformedResult, unreadableResult, validResult } from './synthetic.js';

const all = [validResult, invalidResult, malformedResult, unreadableResult];

describe('json reporter', () => {
  it('writes one object with files and summary, streaming nothing per file', () => {
    const reporter = createReporter('json', context);
    expect(all.map((r) => reporter.file(r)).join('')).toBe('');
    const report = JSON.parse(reporter.end(all));
    expect(Object.keys(report)).toEqual(['files', 'summary']);
    expect(report.summary).toEqual({ files: 4, valid: 1, invalid: 3 });
    expect(report.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      ['vms/good.xml', true], ['vms/bad.xml', false], ['vms/broken.xml', false], ['missing.xml', false],
    ]);
    expect(report.files[0].errors).toEqual([]);
    expect(report.files[1].errors).toEqual([{
      line: 12, column: 5, path: '/domain/devices/floppy-drive', message: 'element <floppy-drive> is not allowed here',
      expected: ['<disk>', '<interface>', '<graphics>'], code: 2103,
    }]);
    expect(report.files[1].warnings).toHaveLength(1);
    expect(report.files[2].errors[0]).toMatchObject({ line: 6, column: 9, path: null, expected: [], code: 1001 });
    // An unreadable file has no position: null, not an invented line 1.
    expect(report.files[3].errors[0]).toMatchObject({ line: null, column: null, path: null, code: 1990 });
  });

  it('lists only invalid files when quiet, still counting every file', () => {
    const reporter = createReporter('json', { ...context, quiet: true });
    const report = JSON.parse(reporter.end(all));
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(['vms/bad.xml', 'vms/broken.xml', 'missing.xml']);
    expect(report.files[0].warnings).toBeUndefined();
    expect(report.summary.files).toBe(4);
  });
});
