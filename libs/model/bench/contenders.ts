import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { parseXml, scanXml, type XmlScanHandler } from '@virtkit/xml';
import { formatDomain, parseDomain } from '../src/index.js';

/** One row of the benchmark: `prepare` returns the work done once per document. */
export interface Contender {
  readonly name: string;
  readonly prepare: (texts: readonly string[]) => (text: string) => void;
}

/**
 * The reference: a minimal saxes pass over the same bytes. saxes 6.0.0, a new parser per
 * document as any caller makes one, namespace mode on (it resolves what the model needs),
 * and only the two handlers without which saxes does no per-element and per-text work for a
 * caller: `opentag` and `text`, each counting.
 */
function rawSaxes(xmlns: boolean): (text: string) => void {
  let count = 0;
  return (text) => {
    const parser = new SaxesParser({ xmlns });
    parser.on('opentag', () => count++);
    parser.on('text', () => count++);
    parser.write(text).close();
  };
}

const NOTHING: XmlScanHandler = { startElement() {}, endElement() {}, text() {} };

export const CONTENDERS: readonly Contender[] = [
  { name: 'raw saxes: `new SaxesParser({ xmlns: true })`, `opentag` + `text` handlers', prepare: () => rawSaxes(true) },
  { name: 'raw saxes without namespaces: `xmlns: false`, same handlers', prepare: () => rawSaxes(false) },
  { name: 'fast-xml-parser (preserveOrder)', prepare: () => {
    const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true });
    return (text) => void parser.parse(text);
  } },
  { name: '@virtkit/xml scanXml (handler does nothing)', prepare: () => (text) => scanXml(text, NOTHING) },
  { name: '@virtkit/xml parseXml (positioned tree)', prepare: () => (text) => void parseXml(text) },
  { name: '@virtkit/model parseDomain', prepare: () => (text) => void parseDomain(text) },
  { name: '@virtkit/model parseDomain with positions', prepare: () => (text) => void parseDomain(text, { positions: true }) },
  { name: '@virtkit/model formatDomain (of parsed documents)', prepare: (texts) => {
    const parsed = texts.map((t) => parseDomain(t));
    let next = 0;
    return () => void formatDomain(parsed[next++ % parsed.length]!);
  } },
  { name: '@virtkit/model formatDomain(parseDomain(x))', prepare: () => (text) => void formatDomain(parseDomain(text)) },
];
