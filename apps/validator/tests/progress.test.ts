import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../src/progress.js';

describe('terminalProgress', () => {
  it('stays silent during the first delay, then redraws at most once per interval, and clears', () => {
    let t = 0;
    const out: string[] = [];
    const progress = terminalProgress((s) => out.push(s), { now: () => t, delayMs: 300, intervalMs: 100, columns: 40 });
    progress.update(0, 50, 'a.xml');
    progress.clear();
    expect(out).toEqual([]); // nothing drawn, nothing to clear
    t = 310;
    progress.update(10, 50, 'b.xml');
    t = 350;
    progress.update(11, 50, 'c.xml');
    t = 420;
    progress.update(12, 50, 'a-very-long-directory-name/with-a-long-file-name.xml');
    progress.clear();
    progress.clear();
    expect(out).toEqual([
      '\r\x1b[Kchecking 10/50 b.xml',
      '\r\x1b[Kchecking 12/50 a-very-long-directory...',
      '\r\x1b[K',
    ]);
  });
});
