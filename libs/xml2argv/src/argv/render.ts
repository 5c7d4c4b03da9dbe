import type { CommandLine } from './command.js';

// Characters after which a shell would not read the word literally.
const NEEDS_QUOTES = /[\r\t\n !"#$&'()*;<>?[\\\]^`{|}~]/;

/** Quotes one word the way libvirt's test output does: single quotes only when needed. */
export function shellQuote(word: string): string {
  if (word === '') return "''";
  if (!NEEDS_QUOTES.test(word)) return word;
  return `'${word.replaceAll("'", "'\\''")}'`;
}

/**
 * Renders a command line as libvirt's `.args` files show it: one `NAME=value` line per
 * environment variable, the binary, then one line per option with its values; every line but
 * the last ends in ` \`; a final newline. An argument starts a new line exactly when it is an
 * option (leading `-`); values, however many, stay on their option's line.
 */
export function renderArgs(cmd: CommandLine): string {
  const lines: string[] = cmd.env.map((e) => `${e.name}=${shellQuote(e.value)}`);
  const [binary, ...args] = cmd.argv;
  let line = shellQuote(binary ?? '');
  for (const arg of args) {
    if (arg.startsWith('-')) {
      lines.push(line);
      line = shellQuote(arg);
    } else {
      line += ` ${shellQuote(arg)}`;
    }
  }
  lines.push(line);
  return `${lines.join(' \\\n')}\n`;
}

/** The command as one shell line (for `--format shell`). */
export function renderShell(cmd: CommandLine): string {
  return [...cmd.env.map((e) => `${e.name}=${shellQuote(e.value)}`), ...cmd.argv.map(shellQuote)].join(' ');
}
