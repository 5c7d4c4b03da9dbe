export type {
  AttributePattern,
  ChoicePattern,
  DataParam,
  DataPattern,
  Define,
  Documentation,
  ElementPattern,
  EmptyPattern,
  GroupPattern,
  InterleavePattern,
  ListPattern,
  MixedPattern,
  NameClass,
  NotAllowedPattern,
  OneOrMorePattern,
  OptionalPattern,
  Pattern,
  RefPattern,
  ResolvedGrammar,
  SimplifiedGrammar,
  SourceLocation,
  TextPattern,
  ValuePattern,
  ZeroOrMorePattern,
} from './ir.js';
export { SchemaError, SchemaErrorCode } from './errors.js';
export { readGrammar, type ReadGrammarOptions } from './reader/read-grammar.js';
export { simplifyGrammar } from './simplify/simplify.js';
export { compileSchema, loadPrecompiledSchema, precompiledSchemaCheck, precompileSchema, schemaFromGrammar, Schema, type CompileSchemaOptions, type ExpectedAt, type ValidateOptions } from './schema.js';
export { ValidationCode, type Diagnostic, type ValidationResult } from './diagnostics/codes.js';
export type { Expected } from './engine/expected.js';
