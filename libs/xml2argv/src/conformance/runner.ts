import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderArgs } from '../argv/render.js';
import { buildCommandLine } from '../build/index.js';
import { Xml2ArgvError } from '../errors.js';
import { parseDomain } from '@virtkit/model';
import { sameOutput } from './compare.js';
import { entryBuildOptions, entryCapabilities, entryRuntime } from './entry-setup.js';
import { outputStem, type ArgvEntry, type ArgvManifest } from './manifest.js';

export interface CaseResult {
  readonly entry: ArgvEntry;
  readonly stem: string;
  /** `.args` text, or the error message for `.err`. */
  readonly kind: 'args' | 'err';
  readonly text: string;
  /** Whether the result equals the expected output; undefined when it is withheld. */
  readonly match?: boolean;
  /** For failure/parse-error entries: whether the builder rejected the domain at all. */
  readonly rejected: boolean;
  readonly expected?: string;
}

export interface RunOptions {
  readonly corpus: string;
  /** Where to write `<id>.args` / `<id>.err`; nothing is written when absent. */
  readonly out?: string;
  /** Run only the entries with this id. */
  readonly only?: string;
}

/** Runs every manifest entry (hidden ones included) through the builder. */
export function runConformance(options: RunOptions): CaseResult[] {
  const manifest = JSON.parse(readFileSync(join(options.corpus, 'xml2argv', 'manifest.json'), 'utf8')) as ArgvManifest;
  if (options.out) mkdirSync(options.out, { recursive: true });
  const seen = new Map<string, number>();
  const results: CaseResult[] = [];
  for (const entry of manifest.entries) {
    const stem = outputStem(entry, seen);
    if (options.only !== undefined && entry.id !== options.only) continue;
    const result = runOne(options.corpus, entry, stem);
    results.push(result);
    if (options.out) writeFileSync(join(options.out, `${stem}.${result.kind}`), result.kind === 'err' ? `${result.text}\n` : result.text);
  }
  return results;
}

function runOne(corpus: string, entry: ArgvEntry, stem: string): CaseResult {
  let kind: 'args' | 'err';
  let text: string;
  let typed = false;
  try {
    const domain = parseDomain(readFileSync(join(corpus, entry.input), 'utf8'), { file: entry.input });
    const cmd = buildCommandLine(domain, entryCapabilities(corpus, entry), entryRuntime(entry, corpus), entryBuildOptions(entry));
    kind = 'args';
    text = renderArgs(cmd);
  } catch (e) {
    kind = 'err';
    typed = e instanceof Xml2ArgvError;
    text = e instanceof Error ? e.message : String(e);
  }
  const expectedFile = entry.output && join(corpus, entry.output);
  const expected = expectedFile && existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : undefined;
  const wantKind = entry.expect === 'args' ? 'args' : 'err';
  const match = expected === undefined ? undefined : kind === wantKind && sameOutput(expected, text, kind);
  // A rejection only counts when it is one of ours (a typed error), not an internal "not implemented".
  const rejected = kind === 'err' && typed && !text.startsWith('not implemented');
  return { entry, stem, kind, text, match, rejected, ...(expected === undefined ? {} : { expected }) };
}
