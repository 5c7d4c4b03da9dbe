import { CapsFormatError, DomainCapsError, ProbeError } from '@virtkit/capabilities';
import { COMMANDS } from './commands/index.js';
import { ExitCode, parseOptions, UsageError, type CliIo, type Command } from './io.js';

function help(io: CliIo): void {
  io.stdout.write('usage: virtkit <command> [options]\n\ncommands:\n');
  for (const c of COMMANDS) io.stdout.write(`  ${c.name.padEnd(16)} ${c.summary}\n      ${c.usage}\n`);
}

/** Runs one command line and returns the exit code: 0 ok, 1 failure, 2 usage error. */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return name === undefined ? ExitCode.Usage : ExitCode.Ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`virtkit: unknown command '${name}' (try 'virtkit help')\n`);
    return ExitCode.Usage;
  }
  try {
    return await command.run(parseOptions(rest, command.options), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`virtkit ${command.name}: ${e.message}\nusage: ${command.usage}\n`);
      return ExitCode.Usage;
    }
    if (e instanceof ProbeError || e instanceof CapsFormatError) {
      io.stderr.write(`virtkit ${command.name}: error ${e.code}: ${e.message}\n`);
      if (e instanceof ProbeError && e.stderr) io.stderr.write(e.stderr.trimEnd().split('\n').map((l) => `  | ${l}\n`).join(''));
      return ExitCode.Failure;
    }
    if (e instanceof DomainCapsError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
      io.stderr.write(`virtkit ${command.name}: ${(e as Error).message}\n`);
      return ExitCode.Failure;
    }
    throw e;
  }
}
