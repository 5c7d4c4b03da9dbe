import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startupSnapshot } from 'node:v8';
import { loadPrecompiledSchema, precompiledSchemaCheck } from '@virtkit/relaxng';
import { builtinPrecompiled, defaultCacheDir, type PreloadedSchema } from './engine.js';
import { processMain } from './process-main.js';
import { builtinRoots, builtinSchemaDir } from './schemas.js';

// The entry of the start-up snapshot (see scripts/build-snapshot.mjs and bin/virtkit-validate).
// `node --build-snapshot` runs this file at build time: it loads virtkit's own schemas and
// validates the project's sample documents with them, so that the derivative tables a typical
// domain needs are already filled; V8 then saves the whole heap. A run starts from that heap
// with nothing to load or compile, where the plain single-file build spends a third of a
// short run loading modules and the schema and filling those tables.

/** Directory of sample documents to warm the schemas with (the build passes test/corpus/domain). */
const samples = process.env.VIRTKIT_SNAPSHOT_SAMPLES;

function preload(): Map<string, PreloadedSchema> {
  const preloaded = new Map<string, PreloadedSchema>();
  for (const [file, precompiledFile] of builtinPrecompiled(builtinSchemaDir(), builtinRoots)) {
    const precompiled = readFileSync(precompiledFile, 'utf8');
    const schema = loadPrecompiledSchema(file, precompiled);
    if (schema === undefined) throw new Error(`${precompiledFile} is out of date: build the package again`);
    preloaded.set(file, { schema, isCurrent: precompiledSchemaCheck(file, precompiled) });
  }
  return preloaded;
}

function warm(preloaded: ReadonlyMap<string, PreloadedSchema>, dir: string): void {
  const names = readdirSync(dir).filter((name) => name.endsWith('.xml')).sort();
  if (names.length === 0) throw new Error(`no sample documents in ${dir}`);
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    for (const { schema } of preloaded.values()) schema.validate(text, {});
  }
}

const preloaded = preload();
if (samples !== undefined) warm(preloaded, samples);

startupSnapshot.setDeserializeMainFunction(() => {
  // Run with `node --snapshot-blob FILE -- ARGS...`: the arguments follow node's own.
  void processMain({
    args: process.argv.slice(1),
    engine: { preloaded, precompiled: builtinPrecompiled(builtinSchemaDir(), builtinRoots), cacheDir: defaultCacheDir(process.env) },
    // No worker threads: they cannot start in a process that began from a user snapshot (node
    // 20 fails while setting them up); bin/virtkit-validate runs the single-file build for --jobs.
  });
});
