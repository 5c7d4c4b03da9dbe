/**
 * Stable diagnostic codes of this package. 11xx: a capabilities document (cache XML or recorded
 * replies) that cannot be understood; 6xxx: probing a binary and the probe cache.
 */
export const CapsCode = {
  /** The `<qemuCaps>` document is not what libvirt writes (wrong root, bad number, unknown flag). */
  BadCapsXml: 1101,
  /** A `.replies` file that is not a sequence of JSON QMP messages. */
  BadReplies: 1102,
  /** A recorded conversation lacks a reply the derivation needs. */
  MissingReply: 1103,
  /** The binary does not exist or cannot be executed. */
  BinaryNotFound: 6001,
  /** The binary ran but never spoke QMP (not QEMU, or a QEMU that refused the options). */
  NotQemu: 6002,
  /** A probe step did not finish in time. */
  ProbeTimeout: 6003,
  /** QEMU exited or closed the monitor in the middle of the probe. */
  ProbeDied: 6004,
  /** QEMU answered a command with an error the probe cannot do without. */
  QmpCommandFailed: 6005,
  /** QEMU is older than the oldest version libvirt 9.0 supports (4.2.0). */
  QemuTooOld: 6006,
  /** A cache file could not be read or parsed; it is ignored and the binary re-probed. */
  CacheCorrupt: 6101,
  /** A cache file could not be written; the probe result is still returned. */
  CacheWriteFailed: 6102,
} as const;
export type CapsCode = (typeof CapsCode)[keyof typeof CapsCode];

/** A capabilities document (XML or replies) that cannot be read. */
export class CapsFormatError extends Error {
  override readonly name = 'CapsFormatError';
  constructor(readonly code: CapsCode, message: string, readonly file?: string) {
    super(file ? `${file}: ${message}` : message);
  }
}

/** Probing a binary failed; `code` says how (see CapsCode 6xxx). */
export class ProbeError extends Error {
  override readonly name = 'ProbeError';
  constructor(readonly code: CapsCode, message: string, readonly binary: string, readonly stderr?: string) {
    super(`${binary}: ${message}`);
  }
}
