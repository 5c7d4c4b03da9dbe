import { SchemaError } from '../src/index.js';

export const RNG = 'http://relaxng.org/ns/structure/1.0';
export const XSD = 'http://www.w3.org/2001/XMLSchema-datatypes';

/** A readFile serving schema texts from memory, keyed by absolute path. */
export function memoryFiles(files: Record<string, string>): (path: string) => string {
  return (path) => {
    const text = files[path];
    if (text === undefined) throw new Error(`ENOENT: ${path}`);
    return text;
  };
}

/** Wraps grammar content in a RELAX NG grammar element. */
export function grammar(body: string, attrs = ''): string {
  return `<grammar xmlns="${RNG}" xmlns:a="http://relaxng.org/ns/compatibility/annotations/1.0" ${attrs}>${body}</grammar>`;
}

/** Runs `body` and returns the SchemaError it throws (fails the test otherwise). */
export function schemaErrorOf(body: () => unknown): SchemaError {
  try {
    body();
  } catch (err) {
    if (err instanceof SchemaError) return err;
    throw err;
  }
  throw new Error('expected a SchemaError');
}
