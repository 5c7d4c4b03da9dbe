// Documentation coverage: every element and attribute pattern of our grammar carries
// `a:documentation` (the reader keeps it as `doc`: editor hover text and JSDoc of the generated
// model), every schema file belongs to the grammar, and define names are unique across files
// (all files form one grammar, so a repeated name would silently merge or clash).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGrammar, type Pattern } from '@virtkit/relaxng';
import { repoRoot } from '@virtkit/testkit';

const rngDir = join(repoRoot, 'schemas', 'rng');
const files = (readdirSync(rngDir, { recursive: true }) as string[])
  .filter((name) => name.endsWith('.rng'))
  .map((name) => join(rngDir, name))
  .sort();
const grammar = readGrammar(join(rngDir, 'domain.rng'));

const where = (p: Pattern): string => (p.source ? `${relative(rngDir, p.source.file)}:${p.source.line}` : '?');
const nameOf = (p: Pattern): string => (p.kind === 'element' || p.kind === 'attribute') && p.name.kind === 'name' ? p.name.local : '(wildcard)';

/** Every element and attribute pattern in the grammar (all defines, reachable or not), with its define. */
function namedPatterns(): { define: string; pattern: Pattern }[] {
  const found: { define: string; pattern: Pattern }[] = [];
  const visit = (define: string, p: Pattern): void => {
    if (p.kind === 'element' || p.kind === 'attribute') found.push({ define, pattern: p });
    if ('patterns' in p) p.patterns.forEach((child) => visit(define, child));
    if ('content' in p) visit(define, p.content);
    if (p.kind === 'data' && p.except) visit(define, p.except);
  };
  visit('(start)', grammar.start);
  for (const [name, define] of grammar.defines) visit(name, define.pattern);
  return found;
}

/** The names a file gives its defines (comments removed first; the schemas use plain `name="..."`). */
function definedNames(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  return [...text.matchAll(/<define\b[^>]*?\bname\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

describe('documentation and define names of schemas/rng', () => {
  it('documents every element and attribute pattern', () => {
    const patterns = namedPatterns();
    const undocumented = patterns
      .filter(({ pattern }) => (pattern.doc ?? '').trim() === '')
      .map(({ define, pattern }) => `${where(pattern)} ${pattern.kind} ${nameOf(pattern)} in define ${define}`);
    console.info(`${patterns.length} element and attribute patterns, ${undocumented.length} without documentation`);
    expect(patterns.length).toBeGreaterThan(700);
    expect(undocumented).toEqual([]);
  });

  it('keeps documentation short enough for hover text', () => {
    const long = namedPatterns()
      .filter(({ pattern }) => (pattern.doc ?? '').length > 600)
      .map(({ pattern }) => `${where(pattern)} ${nameOf(pattern)} (${pattern.doc!.length} characters)`);
    expect(long).toEqual([]);
  });

  it('reaches every schema file from domain.rng', () => {
    const included = new Set<string>();
    const pending = [join(rngDir, 'domain.rng')];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (included.has(file)) continue;
      included.add(file);
      const text = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
      for (const m of text.matchAll(/<(?:include|externalRef)\b[^>]*?\bhref\s*=\s*["']([^"']+)["']/g)) {
        pending.push(join(file, '..', m[1]!));
      }
    }
    expect(files.filter((file) => !included.has(file)).map((file) => relative(rngDir, file))).toEqual([]);
  });

  it('defines each name in exactly one file, once', () => {
    const owners = new Map<string, string[]>();
    for (const file of files) {
      for (const name of definedNames(file)) owners.set(name, [...(owners.get(name) ?? []), relative(rngDir, file)]);
    }
    const repeated = [...owners].filter(([, where]) => where.length > 1).map(([name, where]) => `${name}: ${where.join(', ')}`);
    console.info(`${owners.size} define names in ${files.length} files`);
    // The scan must see what the reader sees, or the uniqueness check would be vacuous.
    expect(owners.size).toBe(grammar.defines.size);
    expect(repeated).toEqual([]);
  });
});
