/** Namespace names the XML Namespaces recommendation reserves. */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/**
 * The prefix bindings in force while a document is read: parallel stacks of prefix, URI and
 * the depth of the element that declared them. Domain XML rarely declares a namespace, so
 * the common lookup is one length check; a map per element would be allocated for nothing.
 */
export class NamespaceScope {
  private readonly prefixes: string[] = [];
  private readonly uris: string[] = [];
  private readonly depths: number[] = [];

  /** Binds `prefix` ('' for the default namespace) for the element opening at `depth`. */
  bind(prefix: string, uri: string, depth: number): void {
    this.prefixes.push(prefix);
    this.uris.push(uri);
    this.depths.push(depth);
  }

  /** The URI bound to `prefix`, '' for an undeclared default namespace, undefined when unbound. */
  resolve(prefix: string): string | undefined {
    const prefixes = this.prefixes;
    for (let i = prefixes.length - 1; i >= 0; i--) if (prefixes[i] === prefix) return this.uris[i];
    if (prefix === '') return '';
    if (prefix === 'xml') return XML_NAMESPACE;
    if (prefix === 'xmlns') return XMLNS_NAMESPACE;
    return undefined;
  }

  /** The element at `depth` closes: its declarations go out of scope. */
  leave(depth: number): void {
    const depths = this.depths;
    while (depths.length > 0 && depths[depths.length - 1] === depth) {
      depths.pop();
      this.prefixes.pop();
      this.uris.pop();
    }
  }
}

/**
 * Why a declaration of `prefix` as `uri` is not allowed (the reserved prefixes and names of
 * the recommendation), or undefined when it is fine.
 */
export function declarationProblem(prefix: string, uri: string): string | undefined {
  if (prefix !== '' && uri === '') return 'invalid attempt to undefine prefix in XML 1.0';
  if (prefix === 'xml' && uri !== XML_NAMESPACE) return `xml prefix must be bound to ${XML_NAMESPACE}.`;
  if (prefix === 'xmlns') return `xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`;
  if (uri === XMLNS_NAMESPACE) {
    return prefix === '' ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`;
  }
  if (uri === XML_NAMESPACE && prefix !== 'xml') {
    return prefix === '' ? `the default namespace may not be set to ${uri}.` : `may not assign the xml namespace to another prefix.`;
  }
  return undefined;
}

/**
 * The first prefixed attribute named twice through two prefixes bound to one URI (saxes
 * checks raw names only), or undefined.
 */
export function sameExpandedName<A extends { readonly prefix: string; readonly local: string; readonly uri: string }>(attributes: readonly A[]): A | undefined {
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i]!;
    if (a.prefix === '') continue;
    for (let j = i + 1; j < attributes.length; j++) {
      const b = attributes[j]!;
      if (b.local === a.local && b.uri === a.uri && b.prefix !== '') return a;
    }
  }
  return undefined;
}
