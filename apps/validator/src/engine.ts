import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSchema, loadPrecompiledSchema, SchemaErrorCode, ValidationCode } from '@virtkit/relaxng';
import { registerCodeNames } from './codes.js';
import type { CheckingSchema, SchemaCompiler } from './schemas.js';

registerCodeNames(ValidationCode);
registerCodeNames(SchemaErrorCode);

export interface EngineOptions {
  /**
   * Schema files compiled at build time: schema path to the file `precompileSchema` wrote. Used
   * while every schema file it came from is unchanged; otherwise the schema is compiled.
   */
  readonly precompiled?: ReadonlyMap<string, string>;
  /** Where compiled schemas are kept between runs (see `defaultCacheDir`); none when undefined. */
  readonly cacheDir?: string;
  /**
   * Schemas already compiled (and warmed up) in this process, by schema path: taken before
   * anything else, when `isCurrent` says their schema files are unchanged.
   */
  readonly preloaded?: ReadonlyMap<string, PreloadedSchema>;
}

export interface PreloadedSchema {
  readonly schema: CheckingSchema;
  /** Whether the schema files it was compiled from are still the same. */
  isCurrent(): boolean;
}

/**
 * The production schema compiler: @virtkit/relaxng's engine, taking a precompiled schema when one
 * is current, else the on-disk cache, else compiling (and filling the cache).
 */
export function engineCompiler(options: EngineOptions = {}): SchemaCompiler {
  return (file) => {
    const preloaded = options.preloaded?.get(file);
    if (preloaded?.isCurrent()) return preloaded.schema;
    const stored = options.precompiled?.get(file);
    if (stored !== undefined) {
      let text: string | undefined;
      try {
        text = readFileSync(stored, 'utf8');
      } catch {
        // Not built (running from the sources): compile instead.
      }
      const schema = text === undefined ? undefined : loadPrecompiledSchema(file, text);
      if (schema) return schema;
    }
    return compileSchema(file, options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir });
  };
}

/** `$XDG_CACHE_HOME/virtkit`, or `~/.cache/virtkit` (the XDG base directory default). */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.XDG_CACHE_HOME !== undefined && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(env.HOME || homedir(), '.cache');
  return join(base, 'virtkit');
}

/** The precompiled form of each of virtkit's own schemas, as the build writes them next to this module. */
export function builtinPrecompiled(builtinDir: string, roots: readonly string[]): Map<string, string> {
  const dir = fileURLToPath(new URL('precompiled/', import.meta.url));
  return new Map(roots.map((root) => [join(builtinDir, `${root}.rng`), join(dir, `${root}.json`)]));
}
