import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { deriveMainPass, deriveTcgPass, finishDraft, needsTcgPass, RequiredReplyError } from '../derive/derive.js';
import { CapsCode, CapsFormatError } from '../errors.js';
import type { QmpResult, QmpSession } from '../qmp/session.js';
import type { QemuCapabilities } from '../types.js';

interface Exchange {
  readonly command: string;
  readonly args: unknown;
  readonly reply: QmpResult;
}

/**
 * Splits a recorded conversation (libvirt's `.replies` format: JSON objects separated by blank
 * lines, each command followed by its reply) into one list of exchanges per QEMU process; a
 * process starts with `qmp_capabilities`.
 */
export function parseReplies(text: string, file?: string): Exchange[][] {
  const fail = (message: string): never => {
    throw new CapsFormatError(CapsCode.BadReplies, message, file);
  };
  const messages: Record<string, unknown>[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    if (!chunk.trim()) continue;
    try {
      messages.push(JSON.parse(chunk) as Record<string, unknown>);
    } catch (e) {
      fail(`not JSON: ${(e as Error).message}`);
    }
  }
  const processes: Exchange[][] = [];
  for (let i = 0; i < messages.length; i += 2) {
    const cmd = messages[i]!;
    const reply = messages[i + 1];
    if (typeof cmd.execute !== 'string') fail(`message ${i + 1} is not a command`);
    if (!reply || reply.id !== cmd.id) fail(`command '${String(cmd.execute)}' has no matching reply`);
    const err = reply!.error as { class?: string; desc?: string } | undefined;
    const result: QmpResult = err
      ? { ok: false, errorClass: err.class ?? 'GenericError', desc: err.desc ?? '' }
      : { ok: true, value: reply!.return };
    if (cmd.execute === 'qmp_capabilities' || processes.length === 0) processes.push([]);
    processes[processes.length - 1]!.push({ command: cmd.execute as string, args: cmd.arguments ?? {}, reply: result });
  }
  return processes;
}

/** Answers commands from one recorded process; a command that was never recorded is an error. */
export class ReplaySession implements QmpSession {
  private readonly used = new Set<number>();
  constructor(private readonly exchanges: readonly Exchange[], private readonly file?: string) {}

  async execute(command: string, args: Readonly<Record<string, unknown>> = {}): Promise<QmpResult> {
    const i = this.exchanges.findIndex((e, n) => !this.used.has(n) && e.command === command && isDeepStrictEqual(e.args, args));
    if (i < 0) {
      throw new CapsFormatError(CapsCode.MissingReply, `no recorded reply for ${command} ${JSON.stringify(args)}`, this.file);
    }
    this.used.add(i);
    return this.exchanges[i]!.reply;
  }
}

export interface FromRepliesOptions {
  /** Binary path to record as the emulator (default `/usr/bin/qemu-system-<arch>`). */
  readonly binary?: string;
  /** Name shown in errors. */
  readonly file?: string;
}

/**
 * Replays a recorded QMP conversation through the same derivation a live probe uses.
 * @throws CapsFormatError (1102 bad file, 1103 a needed reply was not recorded)
 */
export async function fromRepliesText(text: string, options: FromRepliesOptions = {}): Promise<QemuCapabilities> {
  const processes = parseReplies(text, options.file);
  const [main, tcg] = processes;
  if (!main) throw new CapsFormatError(CapsCode.BadReplies, 'no QMP conversation found', options.file);
  try {
    const draft = await deriveMainPass(new ReplaySession(main, options.file), options.binary ?? '');
    if (!options.binary) draft.binary = `/usr/bin/qemu-system-${draft.arch === 'i686' ? 'i386' : draft.arch}`;
    if (needsTcgPass(draft) && tcg) await deriveTcgPass(new ReplaySession(tcg, options.file), draft);
    return finishDraft(draft);
  } catch (e) {
    if (e instanceof RequiredReplyError) throw new CapsFormatError(CapsCode.MissingReply, e.message, options.file);
    throw e;
  }
}

/** fromRepliesText for a file on disk (libvirt's `caps_*.replies`). */
export async function fromReplies(path: string, options: Omit<FromRepliesOptions, 'file'> = {}): Promise<QemuCapabilities> {
  return fromRepliesText(readFileSync(path, 'utf8'), { ...options, file: path });
}
