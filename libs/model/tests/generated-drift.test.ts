import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateModel } from '../codegen/generate.js';
import { GENERATED_DIR, readDomainGrammar } from '../codegen/read.js';
import { writeGenerated } from '../codegen/write.js';

const FIX = 'src/generated/ is stale: run `npx nx run @virtkit/model:generate` and commit the result';

describe('committed generated code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'virtkit-model-gen-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('matches a fresh generation from schemas/rng', async () => {
    writeGenerated(dir, await generateModel(readDomainGrammar()));
    const fresh = readdirSync(dir).sort();
    expect(readdirSync(GENERATED_DIR).sort(), FIX).toEqual(fresh);
    for (const name of fresh) {
      const committed = readFileSync(join(GENERATED_DIR, name), 'utf8');
      expect(committed === readFileSync(join(dir, name), 'utf8'), `${name}: ${FIX}`).toBe(true);
    }
  });
});
