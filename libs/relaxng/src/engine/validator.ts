import type { XmlAttribute, XmlElement, XmlText } from '@virtkit/xml';
import type { PrefixResolver } from '../datatypes/types.js';
import { ValidationCode, type Diagnostic } from '../diagnostics/codes.js';
import { failureWorthSaying, messages, shownExpected } from '../diagnostics/messages.js';
import { suggest } from '../diagnostics/suggest.js';
import type { CompiledGrammar } from './compile.js';
import type { Derivatives } from './derivatives.js';
import { contentOf, lookupNamespace, pathOf } from './document-path.js';
import { attributesIn, expectedIn, requiredIn } from './expected.js';
import { failureReason, missingAttributes, splitAfter } from './explain.js';
import { qualifiedName } from './names.js';
import { K, type P } from './pattern.js';
import { isSpace } from './text-derivatives.js';

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

  constructor(
    private readonly g: CompiledGrammar,
    private readonly d: Derivatives,
    private readonly maxErrors: number,
    /** Every element and attribute name of the schema (asked only when an error is explained). */
    private readonly names: () => { readonly elements: ReadonlySet<string>; readonly attributes: ReadonlySet<string> },
    private readonly watch?: { element: XmlElement; states: ElementStates },
  ) {}

  private root!: XmlElement;
  /** The element whose namespace declarations QName-typed values resolve against. */
  private current: XmlElement | undefined;
  /** Intended names of the misspelled attributes of the current start tag. */
  private attributeTypos: Set<string> | undefined;
  private readonly resolve: PrefixResolver = (prefix) => lookupNamespace(this.current, prefix);

  run(root: XmlElement): void {
    this.root = root;
    try {
      const open = this.d.startTagOpen(this.g.start, root.uri, root.local, this.d.nameId(root.uri, root.local));
      if (open.kind === K.NotAllowed) {
        const expected = this.shownElements(expectedIn(this.g.start).elements, undefined);
        this.report(ValidationCode.UnexpectedRoot, messages.unexpectedRoot(root.name), `/${root.name}`, root.startTagRange, expected, { found: root.name });
        return;
      }
      this.element(root, this.g.start, open);
    } catch (err) {
      if (!(err instanceof Stop)) throw err;
      this.diagnostics.push({ code: ValidationCode.TooManyErrors, severity: 'warning', message: messages.tooManyErrors(this.maxErrors), path: '' });
    }
  }

  /** Element names as `<name>` items of an expected list, prefixed as the document (or schema) would write them. */
  private shownElements(names: readonly string[], at: XmlElement | undefined): string[] {
    return shownExpected({ elements: names.map((n) => qualifiedName(n, 'element', at, this.g.prefixes)) });
  }

  private shownAttributes(names: readonly string[], at: XmlElement): string[] {
    return shownExpected({ attributes: names.map((n) => qualifiedName(n, 'attribute', at, this.g.prefixes)) });
  }

  private report(code: number, message: string, path: string, range: Diagnostic['range'], expected?: string[], data?: Diagnostic['data']): void {
    this.diagnostics.push({
      code, severity: 'error', message, path, ...(range ? { range } : {}), ...(expected?.length ? { expected } : {}), ...(data ? { data } : {}),
    });
    if (this.diagnostics.length >= this.maxErrors) throw new Stop();
  }

  /** Validates `el` in state `p` (start tag already opened into `open`); returns the state after it. */
  private element(el: XmlElement, p: P, open: P): P {
    const d = this.d;
    this.current = el;
    // When every way of opening this element leads to the same content, validate the subtree
    // against that content alone: states then do not depend on the ancestors, so the memoized
    // derivatives are shared by every document and every place the element occurs.
    const split = splitAfter(open, d);
    let q = split ? split.content : open;
    this.attributeTypos = undefined;
    for (const att of el.attributes) q = this.attribute(el, att, q);
    if (this.watch?.element === el) this.watch.states.attributes = q;
    let closed = d.startTagClose(q);
    if (closed.kind === K.NotAllowed) {
      const missing = missingAttributes(this.d, q);
      // A misspelled attribute was reported already; its intended name is not reported as missing.
      if (!missing.some((m) => this.attributeTypos?.has(m))) {
        this.report(ValidationCode.MissingAttribute, messages.missingAttribute(el.name, missing.length), pathOf(el, this.root), el.startTagRange, this.shownAttributes(missing, el));
      }
      closed = d.startTagCloseForced(q);
      if (closed.kind === K.NotAllowed) return p;
    }
    const { state, unexpected } = this.children(el, closed);
    if (split) {
      if (!state.nullable) this.reportIncomplete(el, state, unexpected);
      return split.rest;
    }
    let end = d.endTag(state);
    if (end.kind === K.NotAllowed) {
      this.reportIncomplete(el, state, unexpected);
      end = d.endTagForced(state);
      if (end.kind === K.NotAllowed) return p;
    }
    return end;
  }

  private reportIncomplete(el: XmlElement, state: P, unexpected: Set<string> | undefined): void {
    const exp = expectedIn(state);
    const required = requiredIn(state);
    const missing = required.names.length ? required.names : exp.elements;
    // A child already reported as unexpected (misspelled or misplaced) is not reported again as missing.
    if (missing.some((m) => unexpected?.has(localOf(m)))) return;
    const what = required.names.length > 1
      ? required.mode === 'any' ? 'one-of' : 'elements'
      : missing.length > 1 ? 'one-of' : missing.length === 1 ? 'element' : 'content';
    const expected = missing.length ? this.shownElements(missing, el) : shownExpected({ values: exp.values, datatypes: exp.datatypes, text: exp.text });
    this.report(ValidationCode.IncompleteContent, messages.incompleteContent(el.name, what), pathOf(el, this.root), el.startTagRange, expected);
  }

  private attribute(el: XmlElement, att: XmlAttribute, q: P): P {
    const d = this.d;
    const resolve = this.resolve;
    const id = d.nameId(att.uri, att.local);
    const leaves = d.attributeLeaves(q, att.uri, att.local, id);
    const ok: number[] = [];
    for (const leaf of leaves) if (d.valueMatches(leaf.a!, att.value, resolve)) ok.push(leaf.id);
    const next = d.attribute(q, id, ok);
    if (next.kind !== K.NotAllowed) return next;
    const attPath = `${pathOf(el, this.root)}/@${att.name}`;
    if (leaves.length === 0) {
      const allowed = attributesIn(q).filter((n) => !el.attributes.some((a) => a !== att && (a.uri ? `{${a.uri}}${a.local}` : a.local) === n));
      const suggestion = suggest(att.local, allowed.map(localOf));
      if (suggestion) (this.attributeTypos ??= new Set()).add(suggestion);
      this.report(
        ValidationCode.UnknownAttribute,
        messages.unknownAttribute(att.name, el.name, this.names().attributes.has(att.local), allowed.length === 0, suggestion),
        attPath, att.range, this.shownAttributes(allowed, el), { found: att.name, ...(suggestion ? { suggestion } : {}) },
      );
      return q;
    }
    if (ok.length < leaves.length) {
      const exp = leaves.map((l) => expectedIn(l.a!));
      const values = [...new Set(exp.flatMap((e) => e.values))];
      const types = [...new Set(exp.flatMap((e) => e.datatypes))];
      const reason = failureReason(this.d, leaves.map((l) => l.a!), att.value, resolve);
      const suggestion = suggest(att.value, values);
      this.report(
        ValidationCode.InvalidAttributeValue,
        messages.invalidAttributeValue(att.name, att.value, failureWorthSaying(reason, values, types), suggestion),
        attPath, att.valueRange, shownExpected({ values, datatypes: types }), { found: att.value, ...(suggestion ? { suggestion } : {}), ...(reason ? { reason } : {}) },
      );
      const all = leaves.map((l) => l.id);
      const recovered = d.attribute(q, id, all);
      return recovered.kind === K.NotAllowed ? q : recovered;
    }
    this.report(ValidationCode.AttributeNotAllowedHere, messages.attributeConflict(att.name, el.name), attPath, att.range, undefined, { found: att.name });
    return q;
  }

  private children(el: XmlElement, start: P): { state: P; unexpected: Set<string> | undefined } {
    const d = this.d;
    const nodes = contentOf(el.children);
    let unexpected: Set<string> | undefined;
    const states = this.watch?.element === el ? this.watch.states.children : undefined;
    let hasElements = false;
    for (const n of nodes) if (n.kind === 'element') { hasElements = true; break; }
    if (!hasElements) {
      const node = nodes[0] as XmlText | undefined;
      const s = node?.value ?? '';
      states?.push(start);
      this.current = el;
      const after = d.textFull(start, s, this.resolve);
      if (isSpace(s)) return { state: d.f.choice(start, after), unexpected };
      if (after.kind !== K.NotAllowed) return { state: after, unexpected };
      return { state: this.badText(el, start, s, node!), unexpected };
    }
    let q = start;
    for (const node of nodes) {
      states?.push(q);
      if (node.kind === 'text') {
        if (isSpace(node.value)) continue;
        this.current = el;
        const after = d.textFull(q, node.value, this.resolve);
        q = after.kind !== K.NotAllowed ? after : this.badText(el, q, node.value, node);
        continue;
      }
      const open = d.startTagOpen(q, node.uri, node.local, d.nameId(node.uri, node.local));
      if (open.kind === K.NotAllowed) {
        const expected = expectedIn(q).elements;
        const suggestion = suggest(node.local, expected.map(localOf));
        unexpected ??= new Set();
        unexpected.add(node.local);
        if (suggestion) unexpected.add(suggestion);
        this.reportUnexpected(el, node, start, expected, suggestion);
        continue;
      }
      q = this.element(node, q, open);
    }
    states?.push(q);
    return { state: q, unexpected };
  }

  /**
   * An element that cannot come here: unknown to the schema, repeated where the parent takes one,
   * out of order (the parent accepts it, but earlier), or simply in the wrong parent.
   */
  private reportUnexpected(parent: XmlElement, node: XmlElement, start: P, expectedNames: string[], suggestion: string | undefined): void {
    const path = pathOf(node, this.root);
    const data = { found: node.name, ...(suggestion ? { suggestion } : {}) };
    const expected = this.shownElements(expectedNames, parent);
    if (!this.names().elements.has(node.local)) {
      this.report(ValidationCode.UnknownElement, messages.elementNotAllowed(node.name, parent.name, false, expected.length === 0, suggestion), path, node.startTagRange, expected, data);
      return;
    }
    const d = this.d;
    const fitsParent = d.startTagOpen(start, node.uri, node.local, d.nameId(node.uri, node.local)).kind !== K.NotAllowed;
    const siblings = parent.children;
    let previous: XmlElement | undefined;
    let repeated = false;
    for (const c of siblings) {
      if (c === node) break;
      if (c.kind !== 'element') continue;
      previous = c;
      if (c.name === node.name) repeated = true;
    }
    const message = !fitsParent
      ? messages.elementNotAllowed(node.name, parent.name, true, expected.length === 0, suggestion)
      : repeated
        ? messages.elementRepeated(node.name, parent.name)
        : messages.elementOutOfOrder(node.name, parent.name, previous?.name);
    this.report(ValidationCode.ElementNotAllowedHere, message, path, node.startTagRange, expected, { ...data, ...(fitsParent ? { reason: repeated ? 'repeated' : 'order' } : {}) });
  }

  /** Reports text that does not fit and returns the state to continue with. */
  private badText(el: XmlElement, q: P, s: string, node: XmlText): P {
    const path = pathOf(el, this.root);
    this.current = el;
    const resolve = this.resolve;
    const leaves = this.d.textLeaves(q);
    if (leaves.length === 0) {
      this.report(ValidationCode.TextNotAllowed, messages.textNotAllowed(el.name, s), path, node.range, undefined, { found: s });
      return q;
    }
    const exp = expectedIn(q);
    const reason = failureReason(this.d, [q], s, resolve);
    const suggestion = suggest(s.trim(), exp.values);
    this.report(
      ValidationCode.InvalidText,
      messages.invalidText(el.name, s, failureWorthSaying(reason, exp.values, exp.datatypes), suggestion),
      path, node.range, shownExpected({ values: exp.values, datatypes: exp.datatypes }), { found: s, ...(suggestion ? { suggestion } : {}), ...(reason ? { reason } : {}) },
    );
    const all = leaves.map((l) => l.id);
    const recovered = this.d.text(q, all);
    return recovered.kind === K.NotAllowed ? q : recovered;
  }
}


