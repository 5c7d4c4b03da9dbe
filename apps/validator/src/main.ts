#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';
import { builtinPrecompiled, defaultCacheDir } from './engine.js';
import { processMain } from './process-main.js';
import { builtinRoots, builtinSchemaDir } from './schemas.js';
import { runWorker } from './worker.js';

// The entry of the single-file build (dist/virtkit-validate.js). The same file is the body of
// the worker threads of a parallel run, so that the build needs no second entry point.

if (isMainThread) {
  await processMain({
    args: process.argv.slice(2),
    engine: { precompiled: builtinPrecompiled(builtinSchemaDir(), builtinRoots), cacheDir: defaultCacheDir(process.env) },
    workerScript: new URL(import.meta.url),
  });
} else {
  runWorker();
}
