import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/index.js';

describe('parseCommandLine', () => {
  it('defaults: text format, auto colour, no schema override', () => {
    expect(parseCommandLine(['a.xml'])).toEqual({
      kind: 'validate',
      options: { inputs: ['a.xml'], format: 'text', quiet: false, color: 'auto', schemaDirs: [] },
    });
  });

  it('reads every option, short and long, and keeps inputs in order (- included)', () => {
    const parsed = parseCommandLine([
      '-f', 'sarif', '-q', '--schema', 's.rng', '--schema-dir', 'd1', '--schema-dir=d2',
      '--max-errors', '5', '--color', 'never', '--stdin-name', 'edited.xml', 'x', '-', 'dir',
    ]);
    expect(parsed).toEqual({
      kind: 'validate',
      options: {
        inputs: ['x', '-', 'dir'], format: 'sarif', quiet: true, color: 'never',
        schemaFile: 's.rng', schemaDirs: ['d1', 'd2'], maxErrors: 5, stdinName: 'edited.xml',
      },
    });
    expect(parseCommandLine(['--format=github', '--quiet', '-s', 'x.rng', 'f'])).toMatchObject({
      options: { format: 'github', quiet: true, schemaFile: 'x.rng' },
    });
  });

  it('help and version win over everything else', () => {
    expect(parseCommandLine(['-h'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['x.xml', '--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['-V'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], /no input/],
    [['--format', 'xml', 'a'], /unknown format 'xml'/],
    [['--color', 'sometimes', 'a'], /--color/],
    [['--max-errors', '0', 'a'], /positive integer/],
    [['--max-errors', '2.5', 'a'], /positive integer/],
    [['--bogus', 'a'], /bogus/],
    [['--schema'], /schema/],
  ])('rejects %j as a usage error', (argv, message) => {
    const parsed = parseCommandLine(argv);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' && parsed.message).toMatch(message);
  });
});
