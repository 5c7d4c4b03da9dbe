import type { XmlAttribute, XmlElement, XmlNode, XmlText } from '@virtkit/xml';
import type { PrefixResolver } from '../datatypes/types.js';
import { ValidationCode, type Diagnostic } from '../diagnostics/codes.js';
import { messages } from '../diagnostics/messages.js';
import { suggest } from '../diagnostics/suggest.js';
import type { CompiledGrammar } from './compile.js';
import type { Derivatives } from './derivatives.js';
import { attributesIn, expectedIn, requiredIn } from './expected.js';
import { K, type P } from './pattern.js';
import { listNames } from '../name-class.js';

const isSpace = (s: string) => /^[ \t\n\r]*$/.test(s);
const localOf = (n: string) => n.replace(/^\{[^}]*\}/, '');

class Stop extends Error {}

/** Validation states recorded for one element, for editor queries. */
export interface ElementStates {
  /** After the attributes, before the start tag closes. */
  attributes?: P;
  /** Before each child node (and, last, before the end tag). */
  children: P[];
}

/**
 * Walks one document through the derivatives, reporting every independent error: an unexpected
 * element is reported and its subtree skipped; a bad value is reported and counted as matched; a
 * missing attribute or child is reported and assumed present, so nothing cascades.
 */
export class DocumentValidator {
  readonly diagnostics: Diagnostic[] = [];
  private readonly knownElements: ReadonlySet<string>;
  private readonly knownAttributes: ReadonlySet<string>;

  constructor(
    private readonly g: CompiledGrammar,
    private readonly d: Derivatives,
    private readonly maxErrors: number,
    names: { elements: ReadonlySet<string>; attributes: ReadonlySet<string> },
    private readonly watch?: { element: XmlElement; states: ElementStates },
  ) {
    this.knownElements = names.elements;
    this.knownAttributes = names.attributes;
  }

  run(root: XmlElement): void {
    try {
      const path = `/${root.name}`;
      const open = this.d.startTagOpen(this.g.start, root.uri, root.local, this.d.nameId(root.uri, root.local));
      if (open.kind === K.NotAllowed) {
        const expected = expectedIn(this.g.start).elements;
        this.report(ValidationCode.UnexpectedRoot, messages.unexpectedRoot(root.name, expected), path, root.startTagRange, expected, { found: root.name });
        return;
      }
      this.element(root, this.g.start, path, open);
    } catch (err) {
      if (!(err instanceof Stop)) throw err;
      this.diagnostics.push({ code: ValidationCode.TooManyErrors, severity: 'warning', message: messages.tooManyErrors(this.maxErrors), path: '' });
    }
  }

  private report(code: number, message: string, path: string, range: Diagnostic['range'], expected?: string[], data?: Diagnostic['data']): void {
    this.diagnostics.push({
      code, severity: 'error', message, path, ...(range ? { range } : {}), ...(expected?.length ? { expected } : {}), ...(data ? { data } : {}),
    });
    if (this.diagnostics.length >= this.maxErrors) throw new Stop();
  }

  /** Validates `el` in state `p` (start tag already opened into `open`); returns the state after it. */
  private element(el: XmlElement, p: P, path: string, open: P): P {
    const d = this.d;
    const resolve = resolverFor(el);
    let q = open;
    for (const att of el.attributes) q = this.attribute(el, att, q, path, resolve);
    if (this.watch?.element === el) this.watch.states.attributes = q;
    let closed = d.startTagClose(q);
    if (closed.kind === K.NotAllowed) {
      const missing = this.missingAttributes(q);
      this.report(ValidationCode.MissingAttribute, messages.missingAttribute(el.name, missing), path, el.startTagRange, missing);
      closed = d.startTagCloseForced(q);
      if (closed.kind === K.NotAllowed) return p;
    }
    const { state, unexpected } = this.children(el, closed, path, resolve);
    let end = d.endTag(state);
    if (end.kind === K.NotAllowed) {
      const exp = expectedIn(state);
      const required = requiredIn(state);
      const missing = required.names.length ? required.names : exp.elements;
      if (!missing.some((m) => unexpected.has(localOf(m)))) {
        const values = [...exp.values.map((v) => `"${v}"`), ...exp.datatypes.map((t) => `a value of type ${t}`), ...(exp.text ? ['text'] : [])];
        const mode = required.names.length ? required.mode : 'any';
        this.report(ValidationCode.IncompleteContent, messages.incompleteContent(el.name, missing, mode, values), path, el.startTagRange, missing.length ? missing : values);
      }
      end = d.endTagForced(state);
      if (end.kind === K.NotAllowed) return p;
    }
    return end;
  }

  private attribute(el: XmlElement, att: XmlAttribute, q: P, path: string, resolve: PrefixResolver): P {
    const d = this.d;
    const id = d.nameId(att.uri, att.local);
    const leaves = d.attributeLeaves(q, att.uri, att.local, id);
    const ok: number[] = [];
    for (const leaf of leaves) if (d.valueMatches(leaf.a!, att.value, resolve)) ok.push(leaf.id);
    const next = d.attribute(q, id, ok, ok.length === 1 ? String(ok[0]) : ok.join(','));
    if (next.kind !== K.NotAllowed) return next;
    const attPath = `${path}/@${att.name}`;
    if (leaves.length === 0) {
      const allowed = attributesIn(q).filter((n) => !el.attributes.some((a) => a !== att && (a.uri ? `{${a.uri}}${a.local}` : a.local) === n));
      const suggestion = suggest(att.local, allowed.map(localOf));
      this.report(
        ValidationCode.UnknownAttribute,
        messages.unknownAttribute(att.name, el.name, allowed, this.knownAttributes.has(att.local), suggestion),
        attPath, att.range, allowed, { found: att.name, ...(suggestion ? { suggestion } : {}) },
      );
      return q;
    }
    if (ok.length < leaves.length) {
      const exp = leaves.map((l) => expectedIn(l.a!));
      const values = [...new Set(exp.flatMap((e) => e.values))];
      const types = [...new Set(exp.flatMap((e) => e.datatypes))];
      const reason = this.reasonOf(leaves.map((l) => l.a!), att.value, resolve);
      const suggestion = suggest(att.value, values);
      this.report(
        ValidationCode.InvalidAttributeValue,
        messages.invalidAttributeValue(att.name, att.value, values, types, reason, suggestion),
        attPath, att.valueRange, [...values, ...types], { found: att.value, ...(suggestion ? { suggestion } : {}), ...(reason ? { reason } : {}) },
      );
      const all = leaves.map((l) => l.id);
      const recovered = d.attribute(q, id, all, all.join(','));
      return recovered.kind === K.NotAllowed ? q : recovered;
    }
    this.report(ValidationCode.AttributeNotAllowedHere, messages.attributeConflict(att.name, el.name), attPath, att.range, undefined, { found: att.name });
    return q;
  }

  /** The attributes whose presence alone would let the start tag close. */
  private missingAttributes(q: P): string[] {
    const all: P[] = [];
    const seen = new Set<P>();
    const visit = (x: P): void => {
      if (seen.has(x)) return;
      seen.add(x);
      if (x.kind === K.Attribute) all.push(x);
      else if (x.kind === K.Choice || x.kind === K.Group || x.kind === K.Interleave || x.kind === K.After) { visit(x.a!); visit(x.b!); }
      else if (x.kind === K.OneOrMore) visit(x.a!);
    };
    visit(q);
    const fixes = all.filter((a) => this.d.startTagClose(this.d.attribute(q, -1, [a.id], String(a.id))).kind !== K.NotAllowed);
    return [...new Set((fixes.length ? fixes : all).flatMap((a) => listNames(a.nc!)))];
  }

  private reasonOf(patterns: readonly P[], value: string, resolve: PrefixResolver): string | undefined {
    for (const p of patterns) {
      for (const leaf of this.d.textLeaves(p)) {
        if (leaf.kind === K.Data) {
          const r = leaf.dt!.parse(value, resolve);
          if (!r.ok) return r.reason;
        }
      }
    }
    return undefined;
  }

  private children(el: XmlElement, start: P, path: string, resolve: PrefixResolver): { state: P; unexpected: Set<string> } {
    const d = this.d;
    const nodes = mergeText(el.children);
    const unexpected = new Set<string>();
    const states = this.watch?.element === el ? this.watch.states.children : undefined;
    if (!nodes.some((n) => n.kind === 'element')) {
      const node = nodes[0] as XmlText | undefined;
      const s = node?.value ?? '';
      states?.push(start);
      const after = d.textFull(start, s, resolve);
      if (isSpace(s)) return { state: d.f.choice(start, after), unexpected };
      if (after.kind !== K.NotAllowed) return { state: after, unexpected };
      return { state: this.badText(el, start, s, node!, path, resolve), unexpected };
    }
    const counts = new Map<string, number>();
    for (const n of nodes) if (n.kind === 'element') counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
    const seen = new Map<string, number>();
    let q = start;
    for (const node of nodes) {
      states?.push(q);
      if (node.kind === 'text') {
        if (isSpace(node.value)) continue;
        const after = d.textFull(q, node.value, resolve);
        q = after.kind !== K.NotAllowed ? after : this.badText(el, q, node.value, node, path, resolve);
        continue;
      }
      const child = node as XmlElement;
      const index = (seen.get(child.name) ?? 0) + 1;
      seen.set(child.name, index);
      const childPath = `${path}/${child.name}${counts.get(child.name)! > 1 ? `[${index}]` : ''}`;
      const open = d.startTagOpen(q, child.uri, child.local, d.nameId(child.uri, child.local));
      if (open.kind === K.NotAllowed) {
        const expected = expectedIn(q).elements;
        const suggestion = suggest(child.local, expected.map(localOf));
        unexpected.add(child.local);
        if (suggestion) unexpected.add(suggestion);
        this.report(
          this.knownElements.has(child.local) ? ValidationCode.ElementNotAllowedHere : ValidationCode.UnknownElement,
          messages.elementNotAllowed(child.name, el.name, expected, this.knownElements.has(child.local), suggestion),
          childPath, child.startTagRange, expected, { found: child.name, ...(suggestion ? { suggestion } : {}) },
        );
        continue;
      }
      q = this.element(child, q, childPath, open);
    }
    states?.push(q);
    return { state: q, unexpected };
  }

  /** Reports text that does not fit and returns the state to continue with. */
  private badText(el: XmlElement, q: P, s: string, node: XmlText, path: string, resolve: PrefixResolver): P {
    const leaves = this.d.textLeaves(q);
    if (leaves.length === 0) {
      this.report(ValidationCode.TextNotAllowed, messages.textNotAllowed(el.name, s), path, node.range, undefined, { found: s });
      return q;
    }
    const exp = expectedIn(q);
    const reason = this.reasonOf([q], s, resolve);
    const suggestion = suggest(s.trim(), exp.values);
    this.report(
      ValidationCode.InvalidText,
      messages.invalidText(el.name, s, exp.values, exp.datatypes, reason, suggestion),
      path, node.range, [...exp.values, ...exp.datatypes], { found: s, ...(suggestion ? { suggestion } : {}), ...(reason ? { reason } : {}) },
    );
    const all = leaves.map((l) => l.id);
    const recovered = this.d.text(q, all, all.join(','));
    return recovered.kind === K.NotAllowed ? q : recovered;
  }
}

/** Element and text children, adjacent texts (e.g. around a comment) joined as one. */
function mergeText(children: readonly XmlNode[]): (XmlElement | XmlText)[] {
  const out: (XmlElement | XmlText)[] = [];
  for (const c of children) {
    if (c.kind === 'element') out.push(c);
    else if (c.kind === 'text') {
      const last = out[out.length - 1];
      if (last?.kind === 'text') out[out.length - 1] = { ...last, value: last.value + c.value, range: { start: last.range.start, end: c.range.end } };
      else out.push(c);
    }
  }
  return out;
}

function resolverFor(el: XmlElement): PrefixResolver {
  return (prefix) => {
    if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
    for (let e: XmlElement | undefined = el; e; e = e.parent) {
      const uri = e.namespaces[prefix];
      if (uri !== undefined) return uri;
    }
    return prefix === '' ? '' : undefined;
  };
}
