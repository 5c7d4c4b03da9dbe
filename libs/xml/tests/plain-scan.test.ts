import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libvirtCorpusDir, readCorpusJson, repoRoot, type DomainManifestEntry } from '@virtkit/testkit';
import { describe, expect, it } from 'vitest';
import { scanXml, XmlSyntaxError, type XmlScanAttribute, type XmlScanHandler } from '../src/index.js';
import { PlainScanner } from '../src/plain-scan.js';
import { Scanner } from '../src/scanner.js';

/**
 * The plain-document fast path of scanXml must never decide anything saxes decides otherwise:
 * for every document it accepts, the saxes-based scanner must accept it too and report exactly
 * the same events; whatever it gives up on, it must give up on before reporting anything.
 * Checked on libvirt's corpus, the project's own documents and mutants of both made to hit the
 * constructs the fast path leaves to saxes (references, namespaces, CDATA, DOCTYPE, comments,
 * processing instructions, odd characters, broken tags).
 */

type Event = readonly unknown[];

function recorder(): { handler: XmlScanHandler; events: Event[] } {
  const events: Event[] = [];
  const handler: XmlScanHandler = {
    startElement(name, prefix, local, uri, attributes, namespaces, start, end) {
      events.push(['start', name, prefix, local, uri, attributes.map((a) => [a.name, a.prefix, a.local, a.uri, a.value]), namespaces, start, end]);
    },
    endElement(end) {
      events.push(['end', end]);
    },
    text(value, cdata, start, end) {
      events.push(['text', value, cdata, start, end]);
    },
    comment(value, start, end) {
      events.push(['comment', value, start, end]);
    },
    processingInstruction(target, body, start, end) {
      events.push(['pi', target, body, start, end]);
    },
  };
  return { handler, events };
}

type Verdict = { readonly plain: 'gave up' } | { readonly plain: 'accepted'; readonly events: Event[] };

/** What the fast path decides, compared on the spot with what saxes decides. */
function compare(text: string): Verdict {
  const fast = recorder();
  if (!new PlainScanner().scan(text, fast.handler, 256)) {
    expect(fast.events, 'events reported before giving up').toEqual([]);
    return { plain: 'gave up' };
  }
  const slow = recorder();
  try {
    new Scanner().run(text, slow.handler, undefined, 256);
  } catch (error) {
    throw new Error(`the fast path accepted a document saxes refuses (${error instanceof XmlSyntaxError ? error.message : String(error)}):\n${text}`);
  }
  expect(fast.events).toEqual(slow.events);
  return { plain: 'accepted', events: fast.events };
}

/** Small deterministic generator (mulberry32): the same mutants on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [
  '<', '>', '&', '&amp;', '&lt;', '&#65;', '&#x20AC;', '&#0;', '&#xD800;', '&bogus;', '&#;', '"', "'", '=', '/', ':', 'a:b',
  ' xmlns="urn:x"', ' xmlns:q="urn:q"', ' q:a="1"', ' xml:lang="en"', ' a="1"', ' a="1" a="2"', '<!--', '-->', '--', '<!-- c -->',
  '<![CDATA[x]]>', ']]>', '<?pi x?>', '<?xml version="1.0"?>', '<!DOCTYPE d>', '\r', '\r\n', '\t', '\n', ' ', '\u00e9', '\ud83d\ude00',
  '\ud800', '\u0001', '\u0085', '\ufffe', '</x>', '<x/>', '<x>', '<1a/>', '<a-b.c_d/>', '<é/>', 'a="&#10;"',
];

function mutants(text: string, count: number, seed: number): string[] {
  const next = random(seed);
  const at = () => Math.floor(next() * (text.length + 1));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = at();
    switch (i % 4) {
      case 0:
      case 1: out.push(text.slice(0, p) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(p)); break;
      case 2: out.push(text.slice(0, p) + text.slice(Math.min(text.length, p + 1 + Math.floor(next() * 8)))); break;
      default: {
        const q = Math.min(text.length, p + Math.floor(next() * 40));
        out.push(text.slice(0, q) + text.slice(p, q) + text.slice(q));
      }
    }
  }
  return out;
}

const ownDir = join(repoRoot, 'test', 'corpus', 'domain');
const own = readdirSync(ownDir).filter((n) => n.endsWith('.xml')).sort().map((n) => readFileSync(join(ownDir, n), 'utf8'));
const corpusDir = libvirtCorpusDir();

describe('plain-document fast path of scanXml', () => {
  it('agrees with saxes on the project\'s own documents, and takes nearly all of them', () => {
    const accepted = own.filter((text) => compare(text).plain === 'accepted').length;
    expect(accepted / own.length).toBeGreaterThan(0.9);
  });

  it.skipIf(corpusDir === undefined)('agrees with saxes on every document of libvirt\'s corpus, and takes nearly all of them', () => {
    const files = readCorpusJson<DomainManifestEntry[]>(corpusDir!, 'domain/manifest.json').map((e) => e.file);
    const accepted = files.filter((file) => compare(readFileSync(join(corpusDir!, file), 'utf8')).plain === 'accepted').length;
    expect(accepted / files.length).toBeGreaterThan(0.95);
  });

  it('agrees with saxes on mutants: accepts only what saxes accepts, with the same events', () => {
    let accepted = 0;
    let total = 0;
    own.forEach((text, index) => {
      for (const mutant of mutants(text, 40, index + 1)) {
        total++;
        if (compare(mutant).plain === 'accepted') accepted++;
      }
    });
    // Both outcomes occur, so the comparison is exercised on each side.
    expect(accepted).toBeGreaterThan(total / 10);
    expect(accepted).toBeLessThan(total);
  });

  it('decodes references and normalises white space in attribute values as XML requires', () => {
    const text = '<a x="1&#9;2\t3&amp;&lt;&#x41;" y=\'&quot;&apos;\'>t&gt;&#65;u<b/></a>';
    const verdict = compare(text);
    expect(verdict).toEqual({
      plain: 'accepted',
      events: [
        ['start', 'a', '', 'a', '', [['x', '', 'x', '', '1\t2 3&<A'], ['y', '', 'y', '', '"\'']], undefined, 0, 48],
        ['text', 't>Au', false, 48, 59],
        ['start', 'b', '', 'b', '', [], undefined, 59, 63],
        ['end', 63],
        ['end', 67],
      ],
    });
  });

  it('tells each attribute value apart for white space and references wherever they stand in the document', () => {
    const text = '<a p="x" q="1\t2">\n  <b r="&amp;" s="plain"/>\n  <c t="3\n4" u="5"/>text &lt; more</a>';
    const verdict = compare(text);
    expect(verdict.plain).toBe('accepted');
    const values = (verdict as { events: Event[] }).events.filter((e) => e[0] === 'start').flatMap((e) => (e[5] as string[][]).map((a) => a[4]));
    expect(values).toEqual(['x', '1 2', '&', 'plain', '3 4', '5']);
  });

  it('gives up, and scanXml still reports saxes\' error, on a broken document', () => {
    for (const text of ['<a><b></a>', '<a x="1" x="2"/>', '<a>&nope;</a>', '<a/><b/>', '<a><!-- x -- y --></a>']) {
      expect(compare(text)).toEqual({ plain: 'gave up' });
      expect(() => scanXml(text, recorder().handler)).toThrow(XmlSyntaxError);
    }
  });

  it('gives up on what it leaves to saxes, which then reads it', () => {
    for (const text of ['<a><![CDATA[x]]></a>', '<a><?pi x?></a>', '<a>\r\n</a>', '<é/>']) {
      expect(compare(text)).toEqual({ plain: 'gave up' });
      const { handler, events } = recorder();
      scanXml(text, handler);
      expect(events.length).toBeGreaterThan(0);
    }
  });

  it('resolves namespaces as the saxes-based scanner does, and gives up where a namespace rule is broken', () => {
    const accepted = [
      '<a xmlns="urn:x"/>', '<q:a xmlns:q="urn:q"/>', '<a xml:lang="en"/>',
      `<a xmlns="urn:d" xmlns:p=" urn:p " p:k="1"><p:b xmlns:p="urn:q" p:k="2"><c xmlns=""/></p:b><p:d/></a>`,
      '<a xmlns:p="u" xmlns:q="v" p:x="1" q:x="2"/>',
    ];
    for (const text of accepted) expect(compare(text).plain, text).toBe('accepted');
    const broken = [
      '<p:a/>', '<a p:x="1"/>', '<a xmlns:p=""/>', '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>', '<xmlns:a xmlns:xmlns="u"/>',
      '<a xmlns:xml="urn:other"/>', '<a:b:c xmlns:a="u"/>', '<a b:="1"/>', '<a><b xmlns:p="urn:p"/><p:c/></a>',
    ];
    for (const text of broken) {
      expect(compare(text), text).toEqual({ plain: 'gave up' });
      expect(() => scanXml(text, recorder().handler), text).toThrow(XmlSyntaxError);
    }
  });

  it('hands each tag its own attributes in order, even after a handler rearranged an earlier list', () => {
    const seen: string[] = [];
    const handler: XmlScanHandler = {
      startElement(name, _prefix, _local, _uri, attributes) {
        seen.push(`${name}:${attributes.map((a) => `${a.name}=${a.value}`).join(',')}`);
        (attributes as XmlScanAttribute[]).reverse(); // a misbehaving handler
        (attributes as XmlScanAttribute[]).push(attributes[0]!);
      },
      endElement() {},
      text() {},
    };
    expect(new PlainScanner().scan(`<a x="1" y="2"><b p="3" q="4"/><c/><d r="5"/><e s="6" t="7"/></a>`, handler, 256)).toBe(true);
    expect(seen).toEqual(['a:x=1,y=2', 'b:p=3,q=4', 'c:', 'd:r=5', 'e:s=6,t=7']);
  });

  it('offers each leaf element to a handler that can take it as read, and reports nothing of those taken', () => {
    const text = '<a><b x="1"/>\n<c>text</c><d><e/></d><f></f></a>';
    const offered: string[] = [];
    const taken = (name: string) => name === '<b x="1"/>' || name === '<c>text</c>' || name === '<e/>';
    const { handler, events } = recorder();
    scanXml(text, { ...handler, skipLeaf: (start, end) => (offered.push(text.slice(start, end)), taken(text.slice(start, end))) });
    expect(offered).toEqual(['<b x="1"/>', '<c>text</c>', '<e/>', '<f></f>']);
    const at = (s: string) => text.indexOf(s);
    expect(events).toEqual([
      ['start', 'a', '', 'a', '', [], undefined, 0, 3],
      ['text', '\n', false, at('\n'), at('\n') + 1],
      ['start', 'd', '', 'd', '', [], undefined, at('<d>'), at('<d>') + 3],
      ['end', at('<f>')],
      ['start', 'f', '', 'f', '', [], undefined, at('<f>'), at('<f>') + 3],
      ['end', at('</a>')],
      ['end', text.length],
    ]);
    // Declining every offer changes nothing.
    const plain = recorder();
    scanXml(text, plain.handler);
    const declining = recorder();
    scanXml(text, { ...declining.handler, skipLeaf: () => false });
    expect(declining.events).toEqual(plain.events);
  });

  it('leaves elements nested deeper than the limit to saxes, which refuses them', () => {
    const deep = '<a>'.repeat(300) + '</a>'.repeat(300);
    expect(new PlainScanner().scan(deep, recorder().handler, 256)).toBe(false);
    expect(() => scanXml(deep, recorder().handler)).toThrow(/nested deeper/);
  });
});
