import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from './types.js';

/** What the validator needs from a compiled schema (the engine's `Schema` satisfies it). */
export interface CheckingSchema {
  /** Validates a document's text; a text that is not well-formed gets a 1xxx diagnostic. */
  validate(text: string, options: { file?: string; maxErrors?: number }): { valid: boolean; diagnostics: readonly Problem[] };
}

/** Compiles one schema file; throws when the file is unreadable or not a usable schema. */
export type SchemaCompiler = (file: string) => CheckingSchema;

export interface SchemaSelection {
  /** One schema for every document, whatever its root element (`--schema`). */
  readonly schemaFile?: string;
  /** Directories searched for `<root>.rng`, in order, before the built-in schemas (`--schema-dir`). */
  readonly schemaDirs?: readonly string[];
  /** Directory of virtkit's own schemas; defaults to the installed @virtkit/schemas package. */
  readonly builtinDir?: string;
}

/**
 * Root elements whose libvirt schema file is not simply `<root>.rng`, so that `--schema-dir`
 * can point at libvirt's installed schema directory as it is.
 */
const libvirtSchemaNames: Readonly<Record<string, string>> = {
  capabilities: 'capability',
  device: 'nodedev',
  domainCapabilities: 'domaincaps',
  filter: 'nwfilter',
  filterbinding: 'nwfilterbinding',
  pool: 'storagepool',
  storagepoolCapabilities: 'storagepoolcaps',
  volume: 'storagevol',
};

/** Root elements virtkit has its own schema for (the build precompiles each of them). */
export const builtinRoots: readonly string[] = ['domain'];

let builtinDir: string | undefined;
/** The `rng/` directory of the installed @virtkit/schemas package. */
export function builtinSchemaDir(): string {
  // Resolved once: module resolution walks the file system.
  builtinDir ??= join(dirname(createRequire(import.meta.url).resolve('@virtkit/schemas/package.json')), 'rng');
  return builtinDir;
}

/** Raised when a schema cannot be used; the message says which file and why. */
export class SchemaLoadError extends Error {
  override readonly name = 'SchemaLoadError';
  constructor(readonly file: string, reason: string) {
    super(`cannot use schema ${file}: ${reason}`);
  }
}

/**
 * Picks the schema for each document by its root element and compiles every schema at most once
 * per run (a failure is remembered too, so a broken schema is reported for each file it concerns
 * without being compiled again).
 */
export class SchemaSet {
  readonly #selection: SchemaSelection;
  readonly #compile: SchemaCompiler;
  readonly #compiled = new Map<string, CheckingSchema | SchemaLoadError>();

  constructor(selection: SchemaSelection, compile: SchemaCompiler) {
    this.#selection = selection;
    this.#compile = compile;
  }

  /** How schemas are chosen (what a worker thread needs to choose the same ones). */
  get selection(): SchemaSelection {
    return this.#selection;
  }

  /** Answers of `fileFor` by root name (no-namespace roots only): path lookups cost more than a document. */
  readonly #files = new Map<string, string | undefined>();

  /** The schema file for a document whose root element has this name (in no namespace), if any. */
  fileFor(root: { readonly local: string; readonly uri: string }): string | undefined {
    if (root.uri !== '' && this.#selection.schemaFile === undefined) return undefined; // libvirt's documents are in no namespace
    const key = root.uri === '' ? root.local : '';
    if (this.#files.has(key)) return this.#files.get(key);
    const file = this.#find(root.local);
    this.#files.set(key, file);
    return file;
  }

  #find(local: string): string | undefined {
    if (this.#selection.schemaFile !== undefined) return resolve(this.#selection.schemaFile);
    for (const dir of this.#selection.schemaDirs ?? []) {
      for (const name of [local, libvirtSchemaNames[local]]) {
        if (name === undefined) continue;
        const candidate = resolve(dir, `${name}.rng`);
        if (existsSync(candidate)) return candidate;
      }
    }
    if (builtinRoots.includes(local)) return join(this.#selection.builtinDir ?? builtinSchemaDir(), `${local}.rng`);
    return undefined;
  }

  /** A one-line hint for a root element with no schema. */
  missingSchemaMessage(root: string): string {
    const dirs = this.#selection.schemaDirs ?? [];
    const searched = dirs.length > 0 ? ` (searched ${dirs.map((d) => `${d}/${root}.rng`).join(', ')})` : '';
    return `no schema for root element <${root}>${searched}: virtkit's own schemas cover <${builtinRoots.join('>, <')}>; ` +
      `use --schema FILE, or --schema-dir DIR such as /usr/share/libvirt/schemas`;
  }

  /** The compiled schema of a file; throws `SchemaLoadError` (every time) when it cannot be compiled. */
  load(file: string): CheckingSchema {
    let entry = this.#compiled.get(file);
    if (entry === undefined) {
      try {
        entry = this.#compile(file);
      } catch (error) {
        entry = error instanceof SchemaLoadError ? error : new SchemaLoadError(file, error instanceof Error ? error.message : String(error));
      }
      this.#compiled.set(file, entry);
    }
    if (entry instanceof SchemaLoadError) throw entry;
    return entry;
  }

  /** How many distinct schema files were compiled (or attempted) so far. */
  get compiledCount(): number {
    return this.#compiled.size;
  }
}
