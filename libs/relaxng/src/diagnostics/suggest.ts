/**
 * Edit distance counting insertions, deletions, substitutions and swaps of adjacent characters
 * (optimal string alignment), so "tpye" is one edit from "type". Gives up beyond `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The candidate closest to `found`, if close enough to be a likely typo. */
export function suggest(found: string, candidates: readonly string[]): string | undefined {
  const lower = found.toLowerCase();
  const max = Math.max(1, Math.floor(found.length / 3));
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === found || c === '*') continue;
    const score = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase(), max);
    if (score <= max && score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
