/** Terse constructors for hand-built RELAX NG IR in tests. */
import type { Define, NameClass, Pattern, ResolvedGrammar } from '@virtkit/relaxng';

export const name = (local: string, ns = ''): NameClass => ({ kind: 'name', ns, local });
export const element = (n: string | NameClass, content: Pattern, doc?: string): Pattern => ({
  kind: 'element',
  name: typeof n === 'string' ? name(n) : n,
  content,
  ...(doc ? { doc } : {}),
});
export const attribute = (n: string | NameClass, content: Pattern = { kind: 'text' }, doc?: string): Pattern => ({
  kind: 'attribute',
  name: typeof n === 'string' ? name(n) : n,
  content,
  ...(doc ? { doc } : {}),
});
export const group = (...patterns: Pattern[]): Pattern => ({ kind: 'group', patterns });
export const interleave = (...patterns: Pattern[]): Pattern => ({ kind: 'interleave', patterns });
export const choice = (...patterns: Pattern[]): Pattern => ({ kind: 'choice', patterns });
export const optional = (content: Pattern): Pattern => ({ kind: 'optional', content });
export const zeroOrMore = (content: Pattern): Pattern => ({ kind: 'zeroOrMore', content });
export const oneOrMore = (content: Pattern): Pattern => ({ kind: 'oneOrMore', content });
export const mixed = (content: Pattern): Pattern => ({ kind: 'mixed', content });
export const ref = (n: string): Pattern => ({ kind: 'ref', name: n });
export const text: Pattern = { kind: 'text' };
export const empty: Pattern = { kind: 'empty' };
export const notAllowed: Pattern = { kind: 'notAllowed' };
export const value = (v: string): Pattern => ({ kind: 'value', library: '', type: 'token', value: v, ns: '' });
export const data = (type: string, params: Record<string, string> = {}): Pattern => ({
  kind: 'data',
  library: 'http://www.w3.org/2001/XMLSchema-datatypes',
  type,
  params: Object.entries(params).map(([n, v]) => ({ name: n, value: v })),
});
export const anyName: NameClass = { kind: 'anyName' };

export function grammar(start: Pattern, defines: Record<string, Pattern | [Pattern, string]>, prefixes: Record<string, string> = {}): ResolvedGrammar {
  const map = new Map<string, Define>();
  for (const [n, d] of Object.entries(defines)) {
    const [pattern, doc] = Array.isArray(d) ? d : [d, undefined];
    map.set(n, { name: n, pattern, ...(doc ? { doc } : {}) });
  }
  return { start, defines: map, prefixes: new Map(Object.entries(prefixes)) };
}
