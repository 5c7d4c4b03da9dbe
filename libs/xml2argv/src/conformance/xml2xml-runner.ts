import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDomain, parseDomain } from '@virtkit/model';
import { formatPreparedDomain } from '../prepare/format-prepared.js';
import { normalizeDomain } from '../prepare/normalize.js';
import { sameOutput } from './compare.js';
import { readXmlManifest, xmlEntryCapabilities, xmlEntryRuntime, type XmlEntry } from './xml2xml-manifest.js';

export interface XmlCaseResult {
  readonly entry: XmlEntry;
  /** `<name+suffix>-<when>`, `~n` added for the n-th run of a repeated id. */
  readonly stem: string;
  /** The XML written, or the error message when preparing or formatting failed. */
  readonly text: string;
  readonly failed: boolean;
  readonly match: boolean;
  readonly expected: string;
}

export interface XmlRunOptions {
  readonly corpus: string;
  /** Where to write `<stem>.xml`; nothing is written when absent. */
  readonly out?: string;
  /** Run only the entries with this id (`NAME+SUFFIX:when`). */
  readonly only?: string;
  /** Baseline: format the input as it is, without preparing it. */
  readonly unchanged?: boolean;
}

/** Runs every xml2xml manifest entry: read, prepare, format, compare with libvirt's output. */
export function runXmlConformance(options: XmlRunOptions): XmlCaseResult[] {
  const manifest = readXmlManifest(options.corpus);
  if (options.out) mkdirSync(options.out, { recursive: true });
  const seen = new Map<string, number>();
  const results: XmlCaseResult[] = [];
  for (const entry of manifest.entries) {
    const n = (seen.get(entry.id) ?? 0) + 1;
    seen.set(entry.id, n);
    if (options.only !== undefined && entry.id !== options.only) continue;
    const stem = `${entry.id.replace(':', '-')}${n > 1 ? `~${n}` : ''}`;
    const result = runOne(options.corpus, entry, stem, options.unchanged ?? false);
    results.push(result);
    if (options.out) writeFileSync(join(options.out, `${stem}.xml`), result.text);
  }
  return results;
}

/** libvirt's normalised XML for one entry, as virtkit produces it. */
export function normalizeEntry(corpus: string, entry: XmlEntry): string {
  const domain = parseDomain(readFileSync(join(corpus, entry.input), 'utf8'), { file: entry.input });
  const runtime = xmlEntryRuntime(entry);
  const abiUpdate = entry.flags.parse.includes('VIR_DOMAIN_DEF_PARSE_ABI_UPDATE');
  const prepared = normalizeDomain(domain, xmlEntryCapabilities(corpus, entry), runtime.host, { runtime, abiUpdate });
  return formatPreparedDomain(prepared, { when: entry.when });
}

function runOne(corpus: string, entry: XmlEntry, stem: string, unchanged: boolean): XmlCaseResult {
  let text: string;
  let failed = false;
  try {
    text = unchanged ? formatDomain(parseDomain(readFileSync(join(corpus, entry.input), 'utf8'))) : normalizeEntry(corpus, entry);
  } catch (e) {
    failed = true;
    text = e instanceof Error ? `${e.message}\n` : `${String(e)}\n`;
  }
  const file = join(corpus, entry.output);
  const expected = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const match = !failed && sameOutput(expected, text, 'err');
  return { entry, stem, text, failed, match, expected };
}
