import { describe, expect, it } from 'vitest';
import { createReporter, type ReportContext } from '../src/report/index.js';
import { context, invalidResult, malformedResult, unreadableResult, validResult } from './synthetic.js';

const all = [validResult, invalidResult, malformedResult, unreadableResult];
const render = (options: Partial<ReportContext> = {}) => {
  const reporter = createReporter('text', { ...context, ...options });
  return all.map((r) => reporter.file(r)).join('') + reporter.end(all);
};

describe('text reporter', () => {
  it('writes compiler-style lines with expected and path, then a summary', () => {
    expect(render()).toBe(
      'vms/bad.xml:12:5: error[2103]: element <floppy-drive> is not allowed here\n' +
      '  expected: <disk>, <interface>, <graphics>\n' +
      '  at: /domain/devices/floppy-drive\n' +
      'vms/bad.xml:15:30: warning[2105]: value "x" is deprecated, say: 100%, really\n' +
      '  at: /domain/devices/disk[2]/target/@bus\n' +
      'vms/broken.xml:6:9: error[1001]: unexpected close tag.\n' +
      'missing.xml: error[1990]: cannot read missing.xml: no such file or directory\n' +
      '4 files checked: 1 valid, 2 invalid, 1 not checked\n',
    );
  });

  it('prints nothing for valid files and no summary when quiet; warnings are dropped', () => {
    const reporter = createReporter('text', { ...context, quiet: true });
    expect(reporter.file(validResult) + reporter.end([validResult])).toBe('');
    const out = reporter.file(invalidResult);
    expect(out).toContain('error[2103]');
    expect(out).not.toContain('warning');
  });

  it('colours only when asked, and the text is the same once the escapes are removed', () => {
    const coloured = render({ color: true });
    expect(coloured).toMatch(/\x1b\[31m/);
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(render());
    expect(render()).not.toContain('\x1b');
  });

  it('shortens long expected lists and counts the rest', () => {
    const expected = Array.from({ length: 20 }, (_, i) => `<e${i}>`);
    const reporter = createReporter('text', context);
    const out = reporter.file({ ...invalidResult, problems: [{ ...invalidResult.problems[0]!, expected }] });
    expect(out).toContain('<e11>, ... (8 more)');
    expect(out).not.toContain('<e12>');
  });

  it('says "1 file" in the singular', () => {
    expect(createReporter('text', context).end([validResult])).toBe('1 file checked: 1 valid\n');
  });
});
