import { spawn } from 'node:child_process';

/** Options of {@link runXmllint}. */
export interface XmllintOptions {
  /** The RELAX NG schema (.rng) every file is validated against. */
  readonly schema: string;
  /**
   * How many files go into one xmllint invocation. The schema is compiled once per
   * invocation, so bigger chunks are faster; the limit only keeps argument lists
   * well below the OS's ARG_MAX. Default 400.
   */
  readonly chunkSize?: number;
  /** The xmllint binary. Default `xmllint` from PATH. */
  readonly binary?: string;
  /**
   * Milliseconds one invocation may run before it is killed and runXmllint rejects with an
   * {@link XmllintTimeoutError}; libxml2's RELAX NG engine can take exponential time on some
   * documents, and a hung suite says less than a failed one. Default: no limit.
   */
  readonly timeoutMs?: number;
}

/** xmllint's verdict for one file. */
export interface XmllintVerdict {
  /** True only when xmllint printed "FILE validates". */
  readonly valid: boolean;
  /** xmllint's diagnostics that name this file (without the `FILE:` prefix), in output order. */
  readonly messages: readonly string[];
}

/** The schema itself could not be compiled: no verdict would mean anything. */
export class XmllintSchemaError extends Error {
  override readonly name = 'XmllintSchemaError';
}

/** An xmllint invocation exceeded `timeoutMs`. */
export class XmllintTimeoutError extends Error {
  override readonly name = 'XmllintTimeoutError';
}

/**
 * Validates many files with `xmllint --noout --relaxng SCHEMA FILE...`, a handful of
 * invocations in all (one per chunk), and returns one verdict per input file, keyed by the
 * path exactly as given. A file for which xmllint prints no verdict (e.g. it is not
 * well-formed or does not exist) counts as invalid and carries xmllint's messages.
 */
export async function runXmllint(
  files: readonly string[],
  options: XmllintOptions,
): Promise<Map<string, XmllintVerdict>> {
  const chunkSize = Math.max(1, options.chunkSize ?? 400);
  const verdicts = new Map<string, XmllintVerdict>();
  for (let start = 0; start < files.length; start += chunkSize) {
    const chunk = files.slice(start, start + chunkSize);
    const stderr = await runOnce(options.binary ?? 'xmllint', ['--noout', '--relaxng', options.schema, ...chunk], options.timeoutMs);
    for (const [file, verdict] of parseXmllintOutput(stderr, chunk)) verdicts.set(file, verdict);
  }
  return verdicts;
}

/**
 * Reads xmllint's stderr for one invocation over `files`. Exported for tests: the verdict
 * lines are `FILE validates` and `FILE fails to validate`; diagnostics start with `FILE:LINE:`
 * or `FILE:`. Matching is done against the known file names, so paths with spaces or colons
 * are handled.
 */
export function parseXmllintOutput(stderr: string, files: readonly string[]): Map<string, XmllintVerdict> {
  if (/Relax-NG schema .* failed to compile/.test(stderr)) {
    throw new XmllintSchemaError(`xmllint could not compile the schema:\n${stderr.split('\n').slice(0, 20).join('\n')}`);
  }
  const known = new Set(files);
  const valid = new Map<string, boolean>();
  const messages = new Map<string, string[]>(files.map((f) => [f, []]));
  // Longest names first, so that a file whose name is a prefix of another never steals its lines.
  const byLength = [...known].sort((a, b) => b.length - a.length);
  for (const line of stderr.split('\n')) {
    if (line.endsWith(' validates') && known.has(line.slice(0, -' validates'.length))) {
      valid.set(line.slice(0, -' validates'.length), true);
      continue;
    }
    if (line.endsWith(' fails to validate') && known.has(line.slice(0, -' fails to validate'.length))) {
      valid.set(line.slice(0, -' fails to validate'.length), false);
      continue;
    }
    const owner = byLength.find((f) => line.startsWith(`${f}:`));
    if (owner !== undefined) messages.get(owner)?.push(line.slice(owner.length + 1).trim());
  }
  const result = new Map<string, XmllintVerdict>();
  for (const file of files) {
    const own = messages.get(file) ?? [];
    result.set(file, {
      valid: valid.get(file) === true,
      messages: valid.has(file) ? own : [...own, 'xmllint printed no verdict for this file'],
    });
  }
  return result;
}

function runOnce(binary: string, args: readonly string[], timeoutMs: number | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const parts: Buffer[] = [];
    let timedOut = false;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, timeoutMs);
    child.stderr.on('data', (part: Buffer) => parts.push(part));
    child.on('error', (error) => {
      if (timer !== undefined) clearTimeout(timer);
      reject(error);
    });
    // xmllint exits non-zero whenever a file fails; the verdict lines carry the outcome.
    child.on('close', () => {
      if (timer !== undefined) clearTimeout(timer);
      if (timedOut) reject(new XmllintTimeoutError(`xmllint ran longer than ${timeoutMs} ms on ${args.length - 3} file(s) starting with ${args[3] ?? '?'}`));
      else resolve(Buffer.concat(parts).toString('utf8'));
    });
  });
}
