import type { XmlPosition } from './types.js';

/** Stable codes of XML-level problems (1xxx: the XML layer). */
export const XmlErrorCode = {
  /** Not well-formed XML. */
  Syntax: 1001,
  /** A DOCTYPE declaration: refused, so no entity can be declared or expanded. */
  DtdForbidden: 1002,
  /** A reference to an entity that is not one of the five predefined ones. */
  UnknownEntity: 1003,
  /** Input larger than the configured limit. */
  TooLarge: 1004,
  /** Elements nested deeper than the configured limit. */
  TooDeep: 1005,
  /** A namespace prefix used without being declared. */
  UnboundPrefix: 1006,
} as const;
export type XmlErrorCode = (typeof XmlErrorCode)[keyof typeof XmlErrorCode];

/** Thrown by `parseXml` for input that is not acceptable XML. The message reads `file:line:column: reason`. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  readonly code: XmlErrorCode;
  readonly file: string | undefined;
  readonly line: number;
  readonly column: number;
  /** One line saying what is wrong, without the location. */
  readonly reason: string;

  constructor(code: XmlErrorCode, reason: string, position: Pick<XmlPosition, 'line' | 'column'>, file?: string) {
    super(`${file ?? '<input>'}:${position.line}:${position.column}: ${reason}`);
    this.code = code;
    this.reason = reason;
    this.line = position.line;
    this.column = position.column;
    this.file = file;
  }
}
