import { describe, expect, it } from 'vitest';
import { attributeSpans, scanXml, XML_NAMESPACE, XmlErrorCode, XmlSyntaxError, type XmlScanHandler } from '../src/index.js';

/** Records every report as a line, attributes with their offsets resolved. */
function events(text: string): string[] {
  const out: string[] = [];
  const handler: XmlScanHandler = {
    startElement(name, prefix, local, uri, attributes, namespaces, start, end) {
      const spans = attributeSpans(text, start).filter((s) => s.name !== 'xmlns' && !s.name.startsWith('xmlns:'));
      const attrs = attributes.map((a, i) => {
        const at = spans[i]!;
        return `${a.name}[${a.prefix}|${a.local}|${a.uri}]=${a.value}@${text.slice(at.start, at.end)}#${text.slice(at.valueStart, at.valueEnd)}`;
      });
      out.push(`start ${name} ${prefix}|${local}|${uri} ${JSON.stringify(namespaces ?? null)} ${attrs.join(' ')} ${JSON.stringify(text.slice(start, end))}`);
    },
    endElement(end) {
      out.push(`end ${end}`);
    },
    text(value, cdata, start, end) {
      out.push(`text ${JSON.stringify(value)} ${cdata} ${JSON.stringify(text.slice(start, end))}`);
    },
    comment(value, start, end) {
      out.push(`comment ${value} ${JSON.stringify(text.slice(start, end))}`);
    },
    processingInstruction(target, body, start, end) {
      out.push(`pi ${target} ${body} ${JSON.stringify(text.slice(start, end))}`);
    },
  };
  scanXml(text, handler);
  return out;
}

function refusal(text: string, options = {}): XmlSyntaxError {
  try {
    scanXml(text, { startElement() {}, endElement() {}, text() {} }, options);
  } catch (e) {
    if (e instanceof XmlSyntaxError) return e;
    throw e;
  }
  throw new Error('the document was accepted');
}

describe('scanXml', () => {
  it('reports tags, attributes, text and markup in document order with their source spans', () => {
    const text = `<?xml version='1.0'?>\n<!-- top -->\n<a x = "1&amp;2" y='z'>t&lt;<b/><![CDATA[<c>]]><?p q?></a>`;
    expect(events(text)).toEqual([
      'comment  top  "<!-- top -->"',
      `start a |a| null x[|x|]=1&2@x = "1&amp;2"#1&amp;2 y[|y|]=z@y='z'#z "<a x = \\"1&amp;2\\" y='z'>"`,
      'text "t<" false "t&lt;"',
      'start b |b| null  "<b/>"',
      `end ${text.indexOf('<b/>') + 4}`,
      'text "<c>" true "<![CDATA[<c>]]>"',
      'pi p q "<?p q?>"',
      `end ${text.length}`,
    ]);
  });

  it('resolves prefixes through nested scopes and hands declarations over apart from attributes', () => {
    const text = `<a xmlns="urn:d" xmlns:p="urn:p" p:k="1" xml:lang="en"><p:b xmlns:p="urn:q" p:k="2"/><c/></a>`;
    const starts = events(text).filter((e) => e.startsWith('start'));
    expect(starts[0]).toContain('start a |a|urn:d {"":"urn:d","p":"urn:p"} ');
    expect(starts[0]).toContain(`p:k[p|k|urn:p]=1`);
    expect(starts[0]).toContain(`xml:lang[xml|lang|${XML_NAMESPACE}]=en`);
    expect(starts[1]).toContain('start p:b p|b|urn:q {"p":"urn:q"} p:k[p|k|urn:q]=2');
    expect(starts[2]).toContain('start c |c|urn:d null');
  });

  it('forgets declarations when their element closes', () => {
    expect(refusal(`<a><b xmlns:p="urn:p"/><p:c/></a>`).code).toBe(XmlErrorCode.UnboundPrefix);
    expect(events(`<a xmlns="urn:d"><b xmlns=""><c/></b><d/></a>`).filter((e) => e.startsWith('start')).map((e) => e.split(' ')[2])).toEqual([
      '|a|urn:d', '|b|', '|c|', '|d|urn:d',
    ]);
  });

  it('applies the namespace rules saxes would apply in namespace mode', () => {
    const code = (text: string) => refusal(text).code;
    expect(code(`<a p:x="1"/>`)).toBe(XmlErrorCode.UnboundPrefix);
    expect(code(`<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>`)).toBe(XmlErrorCode.Syntax);
    expect(refusal(`<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>`).reason).toBe('duplicate attribute: {u}x.');
    expect(code(`<a xmlns:p=""/>`)).toBe(XmlErrorCode.Syntax);
    expect(code(`<a xmlns:xml="urn:x"/>`)).toBe(XmlErrorCode.Syntax);
    expect(code(`<a xmlns:p="http://www.w3.org/2000/xmlns/"/>`)).toBe(XmlErrorCode.Syntax);
    expect(code(`<xmlns:a/>`)).toBe(XmlErrorCode.Syntax);
    expect(refusal(`<a:b:c xmlns:a="u"/>`).reason).toBe('malformed name: a:b:c.');
    expect(code(`<a b:="1"/>`)).toBe(XmlErrorCode.Syntax);
    const pi = refusal(`<a>\n <?x:y z?></a>`);
    expect([pi.code, pi.line, pi.column]).toEqual([XmlErrorCode.Syntax, 2, 5]);
  });

  it('keeps the safety rules: no DTD, predefined entities only, bounded size and depth', () => {
    expect(refusal(`<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>`).code).toBe(XmlErrorCode.DtdForbidden);
    expect(refusal(`<a>&e;</a>`).code).toBe(XmlErrorCode.UnknownEntity);
    expect(refusal(`<a>${'x'.repeat(20)}</a>`, { maxLength: 10 }).code).toBe(XmlErrorCode.TooLarge);
    const deep = refusal(`<a>\n<b><c/></b></a>`, { maxDepth: 2, file: 'f.xml' });
    expect([deep.code, deep.line, deep.column, deep.file]).toEqual([XmlErrorCode.TooDeep, 2, 4, 'f.xml']);
    expect(refusal(``).code).toBe(XmlErrorCode.Syntax);
  });
});

describe('scanXml across documents', () => {
  it('starts clean after a refused document, and a handler may scan another document', () => {
    expect(refusal(`<a xmlns:p="urn:p"><p:b><c>`).code).toBe(XmlErrorCode.Syntax);
    expect(refusal(`<a><p:b/></a>`).code).toBe(XmlErrorCode.UnboundPrefix);
    const inner: string[] = [];
    const outer: string[] = [];
    scanXml(`<a xmlns="urn:o"><b/></a>`, {
      startElement(name, _prefix, _local, uri) {
        outer.push(`${name}=${uri}`);
        if (name === 'a') scanXml(`<x><y/></x>`, { startElement: (n, _p, _l, u) => inner.push(`${n}=${u}`), endElement() {}, text() {} });
      },
      endElement() {},
      text() {},
    });
    expect([outer, inner]).toEqual([['a=urn:o', 'b=urn:o'], ['x=', 'y=']]);
  });

  it('passes on what the handler throws, untouched', () => {
    const oops = new Error('handler failed');
    expect(() => scanXml(`<a/>`, { startElement: () => { throw oops; }, endElement() {}, text() {} })).toThrow(oops);
  });
});
