// Mutant agreement: thousands of mutated domain documents (one element dropped, duplicated,
// renamed or moved, or an attribute given a bad value, added or dropped) are judged by xmllint
// with libvirt 9.0's installed schema (the oracle, read only here) and by xmllint with ours.
// The verdicts must agree on at least 99.5% of the mutants; every disagreement is printed.
// Mutants on which either run exceeds its time limit (libxml2's RELAX NG engine can take
// exponential time) are excluded, counted and listed, never dropped silently.
//
// The defaults keep the test to a few seconds; a larger one-off measurement is the same code:
//   MUTANT_SEEDS=1,2,3,4,5,6,7,8,9,10 MUTANTS_PER_DOC=2 npx vitest run tests/mutant-agreement.test.ts
// (schemas/README.md records its figures).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  libvirtCorpusDir,
  libvirtSchemaDir,
  makeMutants,
  MUTATION_KINDS,
  readCorpusJson,
  repoRoot,
  runXmllint,
  XmllintTimeoutError,
  type DomainManifestEntry,
  type MutationKind,
  type XmllintVerdict,
} from '@virtkit/testkit';

const corpus = libvirtCorpusDir();
const libvirtSchemas = libvirtSchemaDir();
const seeds = (process.env.MUTANT_SEEDS ?? '1').split(',').map(Number);
const perDocument = Number(process.env.MUTANTS_PER_DOC ?? '4');
const REQUIRED_AGREEMENT = 0.995;
/** Time limits: a chunk of files gets BASE + PER_FILE each; a lone file that exceeds BASE is excluded. */
const BASE_MS = 4_000;
const PER_FILE_MS = 25;
const CHUNK = 200;

interface Source { readonly name: string; readonly text: string }
interface MutantFile { readonly file: string; readonly source: string; readonly kind: MutationKind; readonly description: string }

/** Valid documents only: a mutant of an invalid document says little about the mutation. */
function sources(corpusDir: string): Source[] {
  const manifest = readCorpusJson<DomainManifestEntry[]>(corpusDir, 'domain/manifest.json');
  const fromCorpus = manifest.filter((entry) => entry.valid)
    .map((entry) => ({ name: entry.file, text: readFileSync(join(corpusDir, entry.file), 'utf8') }));
  const ownDir = join(repoRoot, 'test', 'corpus', 'domain');
  const own = readdirSync(ownDir).filter((name) => name.endsWith('.xml') && !name.endsWith('-invalid.xml')).sort()
    .map((name) => ({ name: `test/corpus/domain/${name}`, text: readFileSync(join(ownDir, name), 'utf8') }));
  return [...fromCorpus, ...own];
}

/**
 * xmllint verdicts for many files; a chunk that runs out of time is split in halves until the
 * slow files stand alone, and those come back as 'timeout'.
 */
async function judge(files: readonly string[], schema: string): Promise<Map<string, XmllintVerdict | 'timeout'>> {
  const out = new Map<string, XmllintVerdict | 'timeout'>();
  const run = async (chunk: readonly string[]): Promise<void> => {
    try {
      const verdicts = await runXmllint(chunk, { schema, chunkSize: chunk.length, timeoutMs: BASE_MS + PER_FILE_MS * chunk.length });
      for (const [file, verdict] of verdicts) out.set(file, verdict);
    } catch (error) {
      if (!(error instanceof XmllintTimeoutError)) throw error;
      if (chunk.length === 1) {
        out.set(chunk[0]!, 'timeout');
        return;
      }
      const half = Math.ceil(chunk.length / 2);
      await run(chunk.slice(0, half));
      await run(chunk.slice(half));
    }
  };
  for (let start = 0; start < files.length; start += CHUNK) await run(files.slice(start, start + CHUNK));
  return out;
}

const verdictText = (v: XmllintVerdict): string => (v.valid ? 'valid' : `invalid (${v.messages[0] ?? 'no message'})`);
const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(2)}%`;

// libvirt's schema is installed in CI (Debian's libvirt0): its absence there is a failure, not a skip.
describe.skipIf(corpus === undefined || (libvirtSchemas === undefined && !process.env.CI))('mutant agreement with libvirt’s schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'virtkit-schema-mutants-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`agrees on at least ${REQUIRED_AGREEMENT * 100}% of mutated documents (seeds ${seeds.join(',')})`, async () => {
    const docs = sources(corpus as string);
    const mutants: MutantFile[] = [];
    for (const seed of seeds) {
      docs.forEach((doc, index) => {
        // One stream per (seed, document), so adding documents never changes another's mutants.
        for (const m of makeMutants(doc.text, { seed: seed * 100_003 + index, count: perDocument })) {
          const file = join(dir, `m${mutants.length}.xml`);
          writeFileSync(file, m.text);
          mutants.push({ file, source: doc.name, kind: m.kind, description: m.description });
        }
      });
    }
    const files = mutants.map((m) => m.file);
    const [theirs, ours] = await Promise.all([
      judge(files, join(libvirtSchemas ?? '/usr/share/libvirt/schemas', 'domain.rng')),
      judge(files, join(repoRoot, 'schemas', 'rng', 'domain.rng')),
    ]);

    const perKind = new Map(MUTATION_KINDS.map((kind) => [kind, { judged: 0, rejected: 0, disagree: 0 }]));
    const timedOut: string[] = [];
    const disagreements: string[] = [];
    for (const m of mutants) {
      const oracle = theirs.get(m.file);
      const mine = ours.get(m.file);
      if (oracle === undefined || mine === undefined) throw new Error(`no verdict for ${m.file}`);
      if (oracle === 'timeout' || mine === 'timeout') {
        timedOut.push(`${m.source} + ${m.description}: libvirt ${oracle === 'timeout' ? 'timed out' : 'done'}, ours ${mine === 'timeout' ? 'timed out' : 'done'}`);
        continue;
      }
      const row = perKind.get(m.kind)!;
      row.judged += 1;
      if (!oracle.valid) row.rejected += 1;
      if (oracle.valid !== mine.valid) {
        row.disagree += 1;
        disagreements.push(`${m.source} + ${m.description} [${m.kind}]: libvirt ${verdictText(oracle)}; ours ${verdictText(mine)}`);
      }
    }

    const judged = mutants.length - timedOut.length;
    const rejected = [...perKind.values()].reduce((sum, row) => sum + row.rejected, 0);
    const lines = [
      `${docs.length} source documents, seeds ${seeds.join(',')}, ${perDocument} per document: ${mutants.length} mutants, ${timedOut.length} excluded (time limit), ${judged} judged`,
      `rejected by libvirt's schema: ${rejected}; disagreements: ${disagreements.length}; agreement ${percent(judged - disagreements.length, judged)}`,
      ...[...perKind].map(([kind, row]) => `  ${kind}: ${row.judged} judged, ${row.rejected} rejected by libvirt, ${row.disagree} disagree (${percent(row.judged - row.disagree, row.judged)} agree)`),
      ...timedOut.map((line) => `excluded: ${line}`),
      ...disagreements.map((line) => `disagreement: ${line}`),
    ];
    console.info(lines.join('\n'));

    // Thousands of mutants, of every kind, with both verdicts well represented: otherwise
    // agreement would prove little.
    expect(judged).toBeGreaterThan(2000);
    for (const [kind, row] of perKind) expect(row.judged, kind).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(judged / 3);
    expect(rejected).toBeLessThan(judged);
    expect(timedOut.length).toBeLessThan(mutants.length / 100);
    expect((judged - disagreements.length) / judged).toBeGreaterThanOrEqual(REQUIRED_AGREEMENT);
  });
});
