import { XmlErrorCode } from '@virtkit/xml';

/**
 * The validator's own codes, for files it could not check at all. They sit at the top of the
 * XML (1xxx) and schema (2xxx) ranges, away from the codes the XML layer and the engine hand out.
 */
export const ValidatorCode = {
  /** The file could not be read (missing, a directory given as `-`, permissions, not UTF-8 text). */
  Unreadable: 1990,
  /** No schema is known for the document's root element. */
  NoSchemaForRoot: 2990,
  /** The schema that applies could not be read or compiled. */
  SchemaUnusable: 2991,
} as const;
export type ValidatorCode = (typeof ValidatorCode)[keyof typeof ValidatorCode];

const names = new Map<string, string>();

/** Registers the member names of a `{ Name: code }` table, so reports can name rules. */
export function registerCodeNames(table: Readonly<Record<string, number | string>>): void {
  for (const [name, code] of Object.entries(table)) {
    if (!names.has(String(code))) names.set(String(code), name);
  }
}

registerCodeNames(ValidatorCode);
registerCodeNames(XmlErrorCode);

/** A readable name for a code (`DtdForbidden`), or `Code<N>` for one nobody registered. */
export function codeName(code: number | string): string {
  return names.get(String(code)) ?? `Code${code}`;
}

/** Splits `NoSchemaForRoot` into `no schema for root` for human-facing rule descriptions. */
export function describeCodeName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
