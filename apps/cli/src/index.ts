export { runCli } from './cli.js';
export { COMMANDS } from './commands/index.js';
export { ExitCode, parseOptions, UsageError, type CliIo, type Command, type OptionSpec, type ParsedOptions } from './io.js';
