/**
 * Reads libvirt's CPU/node list syntax (`0-3,^2,8`): ranges, single numbers and `^n`
 * exclusions. Returns the set members in ascending order, or undefined when the text is not
 * in that syntax.
 */
export function parseNodeset(value: string): number[] | undefined {
  const set = new Set<number>();
  for (const raw of value.split(',')) {
    const part = raw.trim();
    const m = /^(\^)?(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) return undefined;
    const lo = Number(m[2]);
    const hi = m[3] === undefined ? lo : Number(m[3]);
    if (hi < lo) return undefined;
    for (let n = lo; n <= hi; n++) {
      if (m[1]) set.delete(n);
      else set.add(n);
    }
  }
  return [...set].sort((a, b) => a - b);
}
