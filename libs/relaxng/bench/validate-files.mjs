// Validates files against a schema in one process, like `xmllint --noout --relaxng SCHEMA FILE...`,
// and prints a JSON line with the verdict counts and where the time went. Used by validate-corpus.mjs.
// Usage: node bench/validate-files.mjs [--cache DIR] SCHEMA.rng FILE...
import { readFileSync } from 'node:fs';
import { compileSchema } from '@virtkit/relaxng';

const args = process.argv.slice(2);
const cacheDir = args[0] === '--cache' ? args[1] : undefined;
const [schemaFile, ...files] = cacheDir === undefined ? args : args.slice(2);
const t0 = performance.now();
const schema = compileSchema(schemaFile, cacheDir === undefined ? {} : { cacheDir });
const t1 = performance.now();
let read = 0;
let check = 0;
let invalid = 0;
for (const file of files) {
  const a = performance.now();
  const text = readFileSync(file, 'utf8');
  const b = performance.now();
  // Text in: a valid document is settled from parse events, only an invalid one gets a tree.
  if (!schema.validate(text, { file }).valid) invalid++;
  check += performance.now() - b;
  read += b - a;
}
const t2 = performance.now();
console.log(JSON.stringify({ files: files.length, invalid, compileMs: t1 - t0, readMs: read, checkMs: check, totalMs: t2 - t0 }));
