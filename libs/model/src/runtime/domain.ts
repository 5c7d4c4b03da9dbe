import { codecTables } from '../generated/codec-tables.js';
import type { Domain } from '../generated/types.js';
import { formatWithTables, type FormatOptions } from './format.js';
import { parseWithTables, type ParseOptions } from './parse.js';
import type { ModelObject } from './symbols.js';

/**
 * Parses domain XML into its JSON form. Nothing is dropped: content the schema does not know
 * is kept in generic form (see the README). @throws XmlSyntaxError for malformed XML,
 * ModelError when the document element is not `<domain>`.
 */
export function parseDomain(xml: string, options?: ParseOptions): Domain {
  return parseWithTables(xml, codecTables, options) as unknown as Domain;
}

/** Formats the JSON form of a domain as XML in libvirt's layout. @throws ModelError */
export function formatDomain(domain: Domain, options?: FormatOptions): string {
  return formatWithTables(domain as unknown as ModelObject, codecTables, options);
}
