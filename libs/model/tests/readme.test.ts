import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDomain, parseDomain, validateDomainJson } from '../src/index.js';
import { xmlDifferences } from './helpers/equivalence.js';

/** The README's example must stay true: its XML parses to exactly its JSON. */
const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## The JSON form'));
const block = (lang: string) => section.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'))![1]!;

describe('the README example', () => {
  it('parses to the JSON shown, which is valid and formats back to the same document', () => {
    const xml = block('xml');
    const parsed = parseDomain(xml);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(JSON.parse(block('json')));
    expect(validateDomainJson(JSON.parse(block('json'))).valid).toBe(true);
    expect(xmlDifferences(xml, formatDomain(parsed))).toEqual([]);
  });
});
