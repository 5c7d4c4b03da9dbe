import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The validator package. */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The hand-written inputs of these tests (test/corpus/validator at the repository root). */
export const corpusDir = resolve(packageDir, '../../test/corpus/validator');
export const corpus = (name: string) => join(corpusDir, name);
