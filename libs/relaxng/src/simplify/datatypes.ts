import { createDatatype } from '../datatypes/library.js';
import { DatatypeError } from '../datatypes/types.js';
import { SchemaError, SchemaErrorCode } from '../errors.js';
import type { Pattern, ResolvedGrammar } from '../ir.js';
import { forEachNode } from './walk.js';

/**
 * Spec 4.16: every datatype must exist with valid parameters, and every `value` must be a value of
 * its type. Checked on the whole resolved grammar, unreachable defines included.
 */
export function checkDatatypes(g: ResolvedGrammar): void {
  const check = (p: Pattern): void => {
    if (p.kind !== 'data' && p.kind !== 'value') return;
    try {
      const type = createDatatype(p.library, p.type, p.kind === 'data' ? p.params : []);
      if (p.kind === 'value') {
        const parsed = type.parse(p.value, (prefix) => (prefix === '' ? p.ns : p.prefixes?.[prefix]));
        if (!parsed.ok) throw new SchemaError(SchemaErrorCode.BadValue, `"${p.value}" is not a valid ${p.type}: ${parsed.reason}`, p.source);
      }
    } catch (err) {
      if (!(err instanceof DatatypeError)) throw err;
      throw new SchemaError(err.kind === 'unknown' ? SchemaErrorCode.UnknownDatatype : SchemaErrorCode.BadDatatypeParam, err.message, p.source);
    }
  };
  const seen = new Set<Pattern>();
  forEachNode(g.start, check, seen);
  for (const d of g.defines.values()) forEachNode(d.pattern, check, seen);
}
