import { readFileSync } from 'node:fs';
import { parseXml, type XmlElement } from '@virtkit/xml';
import { memoryFiles } from '../helpers.js';
import { serialize } from './serialize.js';

export interface SpecCase {
  /** 1-based position in spectest.xml, stable across runs. */
  readonly id: number;
  readonly section: string;
  readonly line: number;
  /** Schema text; `correct` says whether the engine must accept it. */
  readonly schema: string;
  readonly correct: boolean;
  /** Extra files, by path relative to the schema's folder. */
  readonly resources: Record<string, string>;
  readonly valid: XmlElement[];
  readonly invalid: XmlElement[];
}

const elements = (el: XmlElement) => el.children.filter((c): c is XmlElement => c.kind === 'element');

/**
 * Reads James Clark's spectest.xml. Its DOCTYPE declares a single entity, which @virtkit/xml
 * (rightly) refuses; the entity is expanded here by hand before parsing.
 */
export function loadSpecSuite(file: string): SpecCase[] {
  let text = readFileSync(file, 'utf8');
  const entity = /<!ENTITY\s+dii\s+"([^"]*)">/.exec(text);
  text = text.replace(/<!DOCTYPE[\s\S]*?\]>/, '');
  // Character references in an entity value are expanded when the entity is declared.
  const value = entity?.[1]?.replace(/&#x([0-9A-Fa-f]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
  if (value) text = text.replaceAll('&dii;', value);
  const root = parseXml(text, { file }).root;
  const cases: SpecCase[] = [];
  const walk = (suite: XmlElement, section: string) => {
    const own = elements(suite).find((c) => c.local === 'section');
    const here = own ? textOf(own) : section;
    for (const child of elements(suite)) {
      if (child.local === 'testSuite') walk(child, here);
      else if (child.local === 'testCase') cases.push(readCase(child, here, cases.length + 1));
    }
  };
  walk(root, '');
  return cases;
}

function readCase(tc: XmlElement, section: string, id: number): SpecCase {
  const resources: Record<string, string> = {};
  const collect = (el: XmlElement, dir: string) => {
    for (const c of elements(el)) {
      const name = c.attributes.find((a) => a.local === 'name')?.value ?? '';
      if (c.local === 'dir') collect(c, `${dir}${name}/`);
      else if (c.local === 'resource') {
        const inner = elements(c)[0];
        resources[`${dir}${name}`] = inner ? serialize(inner) : textOf(c);
      }
    }
  };
  collect(tc, '');
  const sectionEl = elements(tc).find((c) => c.local === 'section');
  const schemaEl = elements(tc).find((c) => c.local === 'correct' || c.local === 'incorrect')!;
  const schemaRoot = elements(schemaEl)[0];
  const pick = (kind: string) => elements(tc).filter((c) => c.local === kind).map((c) => elements(c)[0]!).filter(Boolean);
  return {
    id,
    section: sectionEl ? textOf(sectionEl) : section,
    line: tc.range.start.line,
    schema: schemaRoot ? serialize(schemaRoot) : textOf(schemaEl),
    correct: schemaEl.local === 'correct',
    resources,
    valid: pick('valid'),
    invalid: pick('invalid'),
  };
}

function textOf(el: XmlElement): string {
  return el.children.map((c) => (c.kind === 'text' ? c.value : '')).join('').trim();
}

/**
 * Where a case's schema stands in a virtual folder of its own, and a readFile serving it and
 * its resources from memory.
 */
export function caseFiles(c: SpecCase): { readonly schemaFile: string; readonly readFile: (path: string) => string } {
  const dir = `/spectest/${c.id}`;
  const texts: Record<string, string> = { [`${dir}/schema.rng`]: c.schema };
  for (const [path, text] of Object.entries(c.resources)) texts[`${dir}/${path}`] = text;
  return { schemaFile: `${dir}/schema.rng`, readFile: memoryFiles(texts) };
}
