/**
 * Compares like libvirt's test harness: `.err` expectations have backslash-newline pairs
 * joined; when the expected text ends in a newline and the actual one does not, one is added.
 */
export function sameOutput(expected: string, actual: string, kind: 'args' | 'err'): boolean {
  const want = kind === 'err' ? expected.replaceAll('\\\n', '') : expected;
  const got = want.endsWith('\n') && !actual.endsWith('\n') ? `${actual}\n` : actual;
  return want === got;
}

/** A line diff (longest common subsequence) for the ONLY switch: `-` expected, `+` actual. */
export function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push(`+ ${b[j++]}`);
    else out.push(`- ${a[i++]}`);
  }
  return out.join('\n');
}
