/** QEMU's answer to one command: its `return` value, or its `error`. */
export type QmpResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly errorClass: string; readonly desc: string };

/**
 * Something that answers QMP commands: a live monitor connection or a recorded conversation.
 * The derivation code only talks to this, so live probing and replay share every rule.
 */
export interface QmpSession {
  execute(command: string, args?: Readonly<Record<string, unknown>>): Promise<QmpResult>;
}

/** The value of a successful reply, or undefined for an error reply. */
export function valueOf(result: QmpResult): unknown {
  return result.ok ? result.value : undefined;
}
