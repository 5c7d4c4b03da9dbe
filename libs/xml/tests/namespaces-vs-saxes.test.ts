import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { describe, expect, it } from 'vitest';
import { scanXml, XmlSyntaxError } from '../src/index.js';

/**
 * scanXml runs saxes without its namespace mode and resolves prefixes itself. These tests hold
 * it to what saxes' namespace mode decides: the same documents accepted, the same names
 * resolved to the same URIs.
 */

type Outcome = { accepted: true; elements: string[] } | { accepted: false };

const show = (name: string, uri: string, attributes: string[]) => `${name}{${uri}}[${attributes.join(' ')}]`;

function bySaxes(text: string): Outcome {
  const elements: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes = Object.values(tag.attributes as Record<string, SaxesAttributeNS>)
      .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
      .map((a) => `${a.name}{${a.uri}}=${a.value}`);
    elements.push(show(tag.name, tag.uri, attributes));
  });
  parser.on('doctype', () => { throw new Error('doctype'); });
  try {
    parser.write(text).close();
  } catch {
    return { accepted: false };
  }
  return { accepted: true, elements };
}

function byScan(text: string): Outcome {
  const elements: string[] = [];
  try {
    scanXml(text, {
      startElement: (name, _prefix, _local, uri, attributes) => elements.push(show(name, uri, attributes.map((a) => `${a.name}{${a.uri}}=${a.value}`))),
      endElement() {},
      text() {},
    });
  } catch (e) {
    if (e instanceof XmlSyntaxError) return { accepted: false };
    throw e;
  }
  return { accepted: true, elements };
}

const documents = [
  `<domain type='kvm'><name>n</name><devices><disk type="file" device='disk'><source file='/a&amp;b'/></disk></devices></domain>`,
  `<domain xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'><qemu:commandline><qemu:arg value='-S'/></qemu:commandline></domain>`,
  `<a xmlns='urn:d'><b xmlns=''><c/></b><d xml:lang='en'/></a>`,
  `<r xmlns:p='urn:p' xmlns:q='urn:q'><p:x p:a='1' q:a='2' a='3'><q:y xmlns:q='urn:other' q:b='4'/></p:x></r>`,
  `<metadata xmlns:app1="http://app1.org/app1/"><app1:foo>fooish</app1:foo><app2:bar xmlns:app2="http://app1.org/app2/" maman="baz">barish</app2:bar></metadata>`,
];

const snippets = [
  ' xmlns:p="urn:p"', ' p:a="1"', ' xmlns=""', ' xmlns:p=""', ' xmlns:xml="urn:x"', ' xmlns:xmlns="urn:x"',
  ' xmlns:p="http://www.w3.org/2000/xmlns/"', ' xmlns="http://www.w3.org/XML/1998/namespace"', ' xml:space="preserve"',
  ' xmlns:p="u" xmlns:q="u" p:a="1" q:a="2"', ' xmlns:p="u" xmlns:q="v" p:a="1" q:a="2"', ' a:b:c="1"', ' :a="1"', ' a:="1"',
  '<p:x/>', '<x:y:z/>', '<xmlns:a/>', '<q:e xmlns:q="urn:q"/>', '<e xmlns="urn:e"><f/></e>',
];

/** Each snippet put into each start tag (attribute snippets) or after it (element snippets). */
function* variants(): Generator<string> {
  for (const doc of documents) {
    yield doc;
    const tagEnds = [...doc.matchAll(/<[^/!?][^>]*?(\/?)>/g)].map((m) => m.index! + m[0].length - 1 - m[1]!.length);
    for (const snippet of snippets) {
      for (const end of tagEnds) {
        yield snippet.startsWith('<') ? doc.slice(0, end + 1) + snippet + doc.slice(end + 1) : doc.slice(0, end) + snippet + doc.slice(end);
      }
    }
  }
}

describe('namespace handling, next to saxes in namespace mode', () => {
  it('accepts and refuses the same documents and resolves the same URIs', () => {
    const differences: string[] = [];
    let refused = 0;
    for (const text of variants()) {
      const expected = bySaxes(text);
      if (!expected.accepted) refused++;
      const actual = byScan(text);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) differences.push(`${text}\n  saxes: ${JSON.stringify(expected)}\n  scan:  ${JSON.stringify(actual)}`);
    }
    expect(differences.slice(0, 5)).toEqual([]);
    expect(refused).toBeGreaterThan(50); // the snippets do reach the refusals
  });
});
