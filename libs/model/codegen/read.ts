import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGrammar, type ResolvedGrammar } from '@virtkit/relaxng';

/** This package's folder, found by walking up (the generator also runs compiled, from elsewhere). */
function packageDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@virtkit/model') return dir;
  }
  throw new Error('cannot find the @virtkit/model package folder');
}

export const MODEL_DIR = packageDir();
/** The repository's schema entry point (schemas/rng/domain.rng). */
export const DOMAIN_SCHEMA = join(MODEL_DIR, '../../schemas/rng/domain.rng');
export const GENERATED_DIR = join(MODEL_DIR, 'src/generated');

/** Phase 1 of the generator: read the RELAX NG schema into the resolved IR. */
export function readDomainGrammar(file = DOMAIN_SCHEMA): ResolvedGrammar {
  return readGrammar(file);
}
