/**
 * Canonical prefixes: the JSON form writes namespaced names with one fixed prefix per
 * namespace, whatever prefix a document used. The schema's own declarations win; `fallback`
 * (from the codegen configuration) covers namespaces the schema names only by URI.
 */
export class PrefixTable {
  private readonly byUri = new Map<string, string>();
  private readonly used = new Map<string, string>();

  constructor(schemaPrefixes: ReadonlyMap<string, string>, fallback: Readonly<Record<string, string>>) {
    const entries = [...schemaPrefixes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [prefix, uri] of [...entries, ...Object.entries(fallback)]) {
      if (prefix && uri && prefix !== 'xml' && !this.byUri.has(uri)) this.byUri.set(uri, prefix);
    }
    this.byUri.set('http://www.w3.org/XML/1998/namespace', 'xml');
  }

  /** The qualified name for a namespaced name; records the namespace as used. */
  qname(ns: string, local: string): string {
    if (!ns) return local;
    let prefix = this.byUri.get(ns);
    if (!prefix) {
      prefix = `ns${this.byUri.size}`;
      this.byUri.set(ns, prefix);
    }
    if (prefix !== 'xml') this.used.set(prefix, ns);
    return `${prefix}:${local}`;
  }

  /** Prefix -> URI of every namespace handed out, sorted by prefix. */
  usedNamespaces(): Record<string, string> {
    return Object.fromEntries([...this.used].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}
