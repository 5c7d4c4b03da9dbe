// Build step (part of `npm run build`): compiles virtkit's own schemas once, so that the CLI
// loads them in milliseconds instead of reading and simplifying dozens of .rng files on every
// run. Writes dist/precompiled/<root>.json; each entry carries the hash of every schema file it
// was made from, and the CLI compiles at run time instead whenever one of them differs.
// Deterministic: the same schema files give byte-identical output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompileSchema } from '@virtkit/relaxng';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(dirname(createRequire(import.meta.url).resolve('@virtkit/schemas/package.json')), 'rng');
const outDir = join(packageDir, 'dist', 'precompiled');
// The roots virtkit has its own schema for (see builtinRoots in src/schemas.ts).
const roots = ['domain'];

mkdirSync(outDir, { recursive: true });
for (const root of roots) {
  const started = performance.now();
  const entry = precompileSchema(join(schemaDir, `${root}.rng`));
  writeFileSync(join(outDir, `${root}.json`), entry);
  console.log(`precompiled ${root}.rng -> dist/precompiled/${root}.json (${entry.length} bytes, ${(performance.now() - started).toFixed(0)} ms)`);
}
