// Synthetic results for the reporter tests: the shapes the engine promises, written by hand so
// each reporter can be checked against exact expectations without a schema.
import { resolve } from 'node:path';
import type { FileResult } from '../src/index.js';
import type { ReportContext } from '../src/report/index.js';

export const cwd = '/work/project';

export const validResult: FileResult = { file: 'vms/good.xml', absolute: resolve(cwd, 'vms/good.xml'), valid: true, problems: [] };

export const invalidResult: FileResult = {
  file: 'vms/bad.xml',
  absolute: resolve(cwd, 'vms/bad.xml'),
  valid: false,
  problems: [
    {
      code: 2103,
      severity: 'error',
      message: 'element <floppy-drive> is not allowed here',
      path: '/domain/devices/floppy-drive',
      range: { start: { line: 12, column: 5, offset: 301 }, end: { line: 12, column: 20, offset: 316 } },
      expected: ['<disk>', '<interface>', '<graphics>'],
    },
    {
      code: 2105,
      severity: 'warning',
      message: 'value "x" is deprecated, say: 100%, really',
      path: '/domain/devices/disk[2]/target/@bus',
      range: { start: { line: 15, column: 30, offset: 400 } },
    },
  ],
};

export const malformedResult: FileResult = {
  file: 'vms/broken.xml',
  absolute: resolve(cwd, 'vms/broken.xml'),
  valid: false,
  problems: [{ code: 1001, severity: 'error', message: 'unexpected close tag.', range: { start: { line: 6, column: 9 } } }],
};

export const unreadableResult: FileResult = {
  file: 'missing.xml',
  absolute: resolve(cwd, 'missing.xml'),
  valid: false,
  failure: 'io',
  problems: [{ code: 1990, severity: 'error', message: 'cannot read missing.xml: no such file or directory' }],
};

export const outsideResult: FileResult = {
  file: '/elsewhere/dir with space/x.xml',
  absolute: '/elsewhere/dir with space/x.xml',
  valid: false,
  problems: [{ code: 2103, severity: 'error', message: 'bad', range: { start: { line: 1, column: 1 } } }],
};

export const context: ReportContext = { cwd, color: false, quiet: false, version: '0.1.0' };
