/** Stable codes of model-level problems (2xxx: the document does not fit the schema). */
export const ModelErrorCode = {
  /** The document element is not the one the schema starts with. */
  WrongRoot: 2001,
  /** A value given to formatDomain has a property the schema does not know at that place. */
  UnknownProperty: 2002,
  /** The JSON form does not match its JSON Schema (validateDomainJson). */
  JsonSchema: 2003,
} as const;
export type ModelErrorCode = (typeof ModelErrorCode)[keyof typeof ModelErrorCode];

/** Thrown by parseDomain/formatDomain for input they cannot represent. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  constructor(
    readonly code: ModelErrorCode,
    message: string,
    /** JSON path (`/devices/disk/0`) of the offending value, when there is one. */
    readonly path?: string,
  ) {
    super(message);
  }
}
