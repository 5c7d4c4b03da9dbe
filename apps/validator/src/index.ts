export { exitCodes, parseCommandLine, runCli, usage, type CliDependencies, type ParsedCommand, type ValidateOptions } from './cli.js';
export { ValidatorCode } from './codes.js';
export type { OutputStream, RunIo } from './run.js';
export type { CheckingSchema, SchemaCompiler } from './schemas.js';
export type { FileResult, Problem, ProblemPosition, RunSummary } from './types.js';
