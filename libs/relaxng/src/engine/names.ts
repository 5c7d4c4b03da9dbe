import type { XmlElement } from '@virtkit/xml';
import { lookupNamespace } from './document-path.js';

/**
 * Shows a name as listed by `listNames` (`local`, `{uri}local`, `*`, `{uri}*`) the way a person
 * writes it: with the prefix the document binds to that namespace where the name would go, else
 * the prefix the schema declares for it, else as `{uri}local`. An element name in the
 * document's default namespace needs no prefix; an attribute name always does.
 */
export function qualifiedName(
  expanded: string,
  kind: 'element' | 'attribute',
  at: XmlElement | undefined,
  schemaPrefixes: ReadonlyMap<string, string>,
): string {
  if (!expanded.startsWith('{')) return expanded;
  const close = expanded.indexOf('}');
  const uri = expanded.slice(1, close);
  const local = expanded.slice(close + 1);
  const prefix = documentPrefix(uri, kind, at) ?? schemaPrefix(uri, schemaPrefixes);
  if (prefix === undefined) return expanded;
  return prefix === '' ? local : `${prefix}:${local}`;
}

function documentPrefix(uri: string, kind: 'element' | 'attribute', at: XmlElement | undefined): string | undefined {
  for (let e = at; e; e = e.parent) {
    for (const [prefix, bound] of Object.entries(e.namespaces)) {
      if (bound !== uri || (prefix === '' && kind === 'attribute')) continue;
      // A declaration closer to `at` may rebind the prefix.
      if (lookupNamespace(at, prefix) === uri) return prefix;
    }
  }
  return undefined;
}

function schemaPrefix(uri: string, prefixes: ReadonlyMap<string, string>): string | undefined {
  for (const [prefix, bound] of prefixes) if (bound === uri && prefix !== '') return prefix;
  return undefined;
}
