// Schema verdicts over libvirt's whole domain corpus: xmllint with OUR schemas/rng/domain.rng
// must give every file the verdict recorded in domain/manifest.json (libvirt's own schema).
// Known differences are listed with a reason in known-verdict-differences.json; the list may
// only shrink, so a listed file that now agrees fails the test as well.
// Regenerate the list (reasons = xmllint's first message) with
//   UPDATE_KNOWN_DIFFERENCES=1 npx vitest run tests/corpus-verdicts.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  libvirtCorpusDir,
  readCorpusJson,
  repoRoot,
  runXmllint,
  type DomainManifestEntry,
} from '@virtkit/testkit';

const corpus = libvirtCorpusDir();
const ourSchema = join(repoRoot, 'schemas', 'rng', 'domain.rng');
const knownFile = join(repoRoot, 'schemas', 'tests', 'known-verdict-differences.json');

describe.skipIf(corpus === undefined)('domain corpus verdicts with our schema', () => {
  it('matches libvirt verdicts on every file, apart from the listed known differences', async () => {
    const dir = corpus as string;
    const manifest = readCorpusJson<DomainManifestEntry[]>(dir, 'domain/manifest.json');
    const known = JSON.parse(readFileSync(knownFile, 'utf8')) as Record<string, string>;
    const verdicts = await runXmllint(
      manifest.map((entry) => join(dir, entry.file)),
      { schema: ourSchema, timeoutMs: 300_000 },
    );

    if (process.env.UPDATE_KNOWN_DIFFERENCES === '1') {
      const regenerated: Record<string, string> = {};
      for (const entry of manifest) {
        const verdict = verdicts.get(join(dir, entry.file));
        if (verdict?.valid === entry.valid) continue;
        regenerated[entry.file] = `libvirt: ${entry.valid ? 'valid' : 'invalid'}; ours: ${verdict?.messages[0] ?? 'valid'}`;
      }
      writeFileSync(knownFile, `${JSON.stringify(regenerated, null, 2)}\n`);
      Object.keys(known).forEach((file) => delete known[file]);
      Object.assign(known, regenerated);
    }

    const unexpected: string[] = [];
    const nowAgreeing: string[] = [];
    let agreeing = 0;
    for (const entry of manifest) {
      const verdict = verdicts.get(join(dir, entry.file));
      const agrees = verdict !== undefined && verdict.valid === entry.valid;
      if (agrees) agreeing += 1;
      if (!agrees && !(entry.file in known)) {
        const why = verdict?.messages.slice(0, 2).join(' | ') ?? 'no verdict';
        unexpected.push(`${entry.file}: libvirt says ${entry.valid ? 'valid' : 'invalid'}, ours says ${entry.valid ? 'invalid' : 'valid'} (${why})`);
      }
      if (agrees && entry.file in known) nowAgreeing.push(`${entry.file} (listed as: ${known[entry.file]})`);
    }
    const stale = Object.keys(known).filter((file) => !manifest.some((entry) => entry.file === file));

    expect(manifest.length).toBeGreaterThan(2000);
    expect(unexpected, `${unexpected.length} unexpected disagreements (${agreeing}/${manifest.length} agree)`).toEqual([]);
    expect(nowAgreeing, 'files listed in known-verdict-differences.json that now agree: remove them').toEqual([]);
    expect(stale, 'entries of known-verdict-differences.json that are not corpus files').toEqual([]);
  });
});
