import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../src/report/github.js';
import { createReporter } from '../src/report/index.js';
import { context, invalidResult, outsideResult, unreadableResult, validResult } from './synthetic.js';

describe('github reporter', () => {
  it('writes one workflow command per problem with position, end and title', () => {
    const out = createReporter('github', context).file(invalidResult).split('\n');
    expect(out[0]).toBe(
      '::error file=vms/bad.xml,line=12,col=5,endLine=12,endColumn=20,title=virtkit-validate 2103::' +
      'element <floppy-drive> is not allowed here%0Aexpected: <disk>, <interface>, <graphics>%0Aat: /domain/devices/floppy-drive',
    );
    expect(out[1]).toBe('::warning file=vms/bad.xml,line=15,col=30,title=virtkit-validate 2105::value "x" is deprecated, say: 100%25, really%0Aat: /domain/devices/disk[2]/target/@bus');
  });

  it('escapes %, CR, LF in data and additionally : and , in properties', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('C:\\x,y%z\n')).toBe('C%3A\\x%2Cy%25z%0A');
    const out = createReporter('github', context).file(outsideResult);
    expect(out).toBe('::error file=/elsewhere/dir with space/x.xml,line=1,col=1,title=virtkit-validate 2103::bad\n');
    const odd = createReporter('github', { ...context, cwd: '/' }).file({ ...outsideResult, file: 'a,b:c.xml', absolute: '/a,b:c.xml' });
    expect(odd.startsWith('::error file=a%2Cb%3Ac.xml,line=1,')).toBe(true);
  });

  it('omits line and column when there is no position, and the summary when quiet', () => {
    expect(createReporter('github', context).file(unreadableResult)).toBe(
      '::error file=missing.xml,title=virtkit-validate 1990::cannot read missing.xml: no such file or directory\n',
    );
    const quiet = createReporter('github', { ...context, quiet: true });
    expect(quiet.file(validResult) + quiet.end([validResult])).toBe('');
    expect(quiet.file(invalidResult)).not.toContain('::warning');
    expect(createReporter('github', context).end([validResult, invalidResult])).toBe('virtkit-validate: 2 files checked: 1 valid, 1 invalid\n');
    expect(createReporter('github', context).end([invalidResult])).toBe('virtkit-validate: 1 file checked: 0 valid, 1 invalid\n');
  });
});
