import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { domainJsonSchema } from '../generated/json-schema.js';
import type { Domain } from '../generated/types.js';
import { ModelErrorCode } from './errors.js';

/** One problem found by validateDomainJson. */
export interface JsonDiagnostic {
  readonly code: typeof ModelErrorCode.JsonSchema;
  readonly severity: 'error';
  readonly message: string;
  /** JSON Pointer of the offending value ('' for the whole document). */
  readonly path: string;
  /** The JSON Schema keyword that failed and its parameters (ajv's). */
  readonly data: { readonly keyword: string; readonly params: Record<string, unknown> };
}

export type ValidateDomainJsonResult =
  | { readonly valid: true; readonly value: Domain }
  | { readonly valid: false; readonly errors: readonly JsonDiagnostic[] };

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    // allErrors: report every problem at once; the schema is large, so it is compiled on first use.
    const ajv = new Ajv({ allErrors: true, strict: false });
    compiled = ajv.compile(domainJsonSchema);
  }
  return compiled;
}

/** Checks a value against the JSON Schema of the JSON form (e.g. JSON received by the daemon). */
export function validateDomainJson(value: unknown): ValidateDomainJsonResult {
  const validate = validator();
  if (validate(value)) return { valid: true, value: value as Domain };
  return { valid: false, errors: (validate.errors ?? []).map(toDiagnostic) };
}

function toDiagnostic(error: ErrorObject): JsonDiagnostic {
  const extra = error.keyword === 'additionalProperties' ? ` "${String(error.params.additionalProperty)}"` : '';
  return {
    code: ModelErrorCode.JsonSchema,
    severity: 'error',
    message: `${error.instancePath || '/'}: ${error.message ?? error.keyword}${extra}`,
    path: error.instancePath,
    data: { keyword: error.keyword, params: error.params as Record<string, unknown> },
  };
}
