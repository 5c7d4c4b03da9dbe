/** Exact decimal arithmetic on strings, enough for XSD's value comparisons and digit facets. */

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

/** Canonical form: no '+', no leading/trailing zeros, '0' for zero, '-' only when negative. */
export function canonicalDecimal(text: string): string {
  let negative = text.startsWith('-');
  const body = text.replace(/^[+-]/, '');
  const dot = body.indexOf('.');
  let int = (dot < 0 ? body : body.slice(0, dot)).replace(/^0+/, '');
  let frac = dot < 0 ? '' : body.slice(dot + 1).replace(/0+$/, '');
  if (!int && !frac) negative = false;
  if (!int) int = '0';
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/** Compares two canonical decimals: negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  const na = a.startsWith('-');
  const nb = b.startsWith('-');
  if (na !== nb) return na ? -1 : 1;
  const sign = na ? -1 : 1;
  const [ia, fa = ''] = a.replace('-', '').split('.') as [string, string?];
  const [ib, fb = ''] = b.replace('-', '').split('.') as [string, string?];
  if (ia.length !== ib.length) return sign * (ia.length - ib.length);
  if (ia !== ib) return sign * (ia < ib ? -1 : 1);
  const width = Math.max(fa.length, fb.length);
  const pa = fa.padEnd(width, '0');
  const pb = fb.padEnd(width, '0');
  return pa === pb ? 0 : sign * (pa < pb ? -1 : 1);
}

/** Total and fraction digits of a canonical decimal (XSD totalDigits / fractionDigits). */
export function decimalDigits(canonical: string): { total: number; fraction: number } {
  const [int, frac = ''] = canonical.replace('-', '').split('.') as [string, string?];
  const intDigits = int === '0' ? 0 : int.length;
  return { total: Math.max(1, intDigits + frac.length), fraction: frac.length };
}
