import { relaxngSpectestFile } from '@virtkit/testkit';
import { describe, expect, test } from 'vitest';
import { compileSchema, SchemaError, type Schema } from '../src/index.js';
import { caseFiles, loadSpecSuite, type SpecCase } from './spectest/load-suite.js';

/** Cases we knowingly get wrong, by id, each with a reason. Empty: the whole suite passes. */
const KNOWN_FAILURES: ReadonlyMap<number, string> = new Map();

/** Set to a case id to run that case alone while debugging. */
const ONLY: number | undefined = undefined;

const file = relaxngSpectestFile();
const cases = file ? loadSpecSuite(file).filter((c) => ONLY === undefined || c.id === ONLY) : [];

function compile(c: SpecCase): Schema {
  const { schemaFile, readFile } = caseFiles(c);
  return compileSchema(schemaFile, { readFile });
}

describe.skipIf(!file)('RELAX NG spectest (James Clark)', () => {
  test('the suite has its 385 cases', () => {
    if (ONLY === undefined) expect(cases.length).toBe(385);
  });

  for (const c of cases) {
    const name = `#${c.id} section ${c.section} (spectest.xml line ${c.line}): ${c.correct ? 'correct' : 'incorrect'} schema, ${c.valid.length} valid, ${c.invalid.length} invalid`;
    test.skipIf(KNOWN_FAILURES.has(c.id))(name, () => {
      let schema: Schema | undefined;
      let error: unknown;
      try {
        schema = compile(c);
      } catch (err) {
        error = err;
      }
      if (!c.correct) {
        expect(error, 'an incorrect schema must be refused with a SchemaError').toBeInstanceOf(SchemaError);
        expect((error as SchemaError).line, `no position in: ${(error as SchemaError).message}`).toBeGreaterThan(0);
        return;
      }
      if (error) throw error;
      for (const instance of c.valid) {
        const result = schema!.validate({ root: instance, misc: [] });
        expect(result.diagnostics, `valid instance at line ${instance.range.start.line}`).toEqual([]);
      }
      for (const instance of c.invalid) {
        const result = schema!.validate({ root: instance, misc: [] });
        expect(result.valid, `invalid instance at line ${instance.range.start.line}`).toBe(false);
        expect(result.diagnostics.length).toBeGreaterThan(0);
      }
    });
  }
});
