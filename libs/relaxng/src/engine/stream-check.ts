import type { XmlScanAttribute, XmlScanHandler } from '@virtkit/xml';
import type { PrefixResolver } from '../datatypes/types.js';
import type { CompiledGrammar } from './compile.js';
import type { Derivatives } from './derivatives.js';
import { splitAfter } from './explain.js';
import { K, type P } from './pattern.js';
import { detached } from './detached.js';
import { isSpace, memoOf } from './text-derivatives.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Leaf elements remembered per state (see StreamChecker.startElement): a bound for unique ones (UUIDs, paths). */
const LEAVES_KEPT = 256;
/** Longer leaves are not remembered: they seldom recur, and cost more to hash than to check. */
const LEAF_MAX_LENGTH = 240;

/**
 * The text of the element whose start tag spans `start`..`end`, when it is a leaf: an
 * empty-element tag, or a start tag followed by character data only and the end tag (the
 * scanner has checked the document is well-formed, so the first `</` is that element's).
 */
function leafSource(source: string, start: number, end: number): string | undefined {
  if (source.charCodeAt(end - 2) === 0x2f) return end - start <= LEAF_MAX_LENGTH ? source.slice(start, end) : undefined;
  const lt = source.indexOf('<', end);
  if (lt === -1 || source.charCodeAt(lt + 1) !== 0x2f) return undefined;
  const close = source.indexOf('>', lt);
  return close !== -1 && close - start < LEAF_MAX_LENGTH ? source.slice(start, close + 1) : undefined;
}

/** Thrown to stop scanning at the first thing the schema does not allow. */
export class Invalid extends Error {}
const invalid = new Invalid('invalid');

/**
 * The verdict alone, from parse events: no tree, no positions, no messages. It takes exactly the
 * derivative steps `DocumentValidator` takes on a valid document (so the two share their memo
 * tables), and throws `Invalid` at the first step that fails; the caller then builds the tree
 * and lets `DocumentValidator` explain every error.
 */
export class StreamChecker implements XmlScanHandler {
  // One slot per open element, reused from document to document: no allocation per element.
  /** State inside the element (after its start tag, then after each child). */
  private readonly states: P[] = [];
  /** What follows the element in its parent, when its content was split off (see splitAfter). */
  private readonly rests: (P | undefined)[] = [];
  /** Whether the element has had an element child (then white space between children is ignored). */
  private readonly mixed: boolean[] = [];
  /** Namespace declarations of each open element, for QName-like values. */
  private readonly scopes: (Record<string, string> | undefined)[] = [];
  private depth = 0;
  private declared = 0;
  /** Character data read since the last start or end tag (several events around comments, CDATA). */
  private pending = '';
  private readonly resolve: PrefixResolver = (prefix) => this.lookup(prefix);
  /** The document's text, for the tags of empty elements. */
  private source = '';
  /** Set when the leaf element just opened was settled whole: its text is then ignored, its end tag only leaves it. */
  private settled: P | undefined = undefined;
  /** The leaf element being stepped through, to remember the state it leads to. */
  private leaf: { readonly parent: P; readonly source: string } | undefined = undefined;
  /** Start of the element last offered by `skipLeaf` (and declined): its leaf is looked up already. */
  private offered = -1;

  constructor(private readonly g: CompiledGrammar, private readonly d: Derivatives) {}

  /** Prepares for another document, `text` (whose offsets the scanner reports). */
  reset(text: string): void {
    this.depth = 0;
    this.declared = 0;
    this.pending = '';
    this.source = text;
    this.settled = undefined;
    this.leaf = undefined;
    this.offered = -1;
  }

  startElement(
    _name: string, _prefix: string, local: string, uri: string,
    attributes: readonly XmlScanAttribute[], namespaces: Record<string, string> | undefined,
    start: number, end: number,
  ): void {
    const d = this.d;
    const depth = this.depth;
    let parent: P;
    if (depth === 0) parent = this.g.start;
    else {
      parent = this.flushText(depth - 1);
      this.mixed[depth - 1] = true;
    }
    // A leaf element (`<address type="pci" bus="0x00"/>`, `<memory unit="KiB">524288</memory>`:
    // most of libvirt's elements) takes the parent from one state to the next in one memoized
    // step, keyed by the element as written: the same leaves recur from document to document, and
    // the step replaces one derivative per attribute and a datatype check. Only outside any
    // namespace declaration, where the text alone decides the meaning.
    if (this.offered === start) this.offered = -1; // skipLeaf looked it up (and set this.leaf)
    else if (this.declared === 0 && namespaces === undefined) {
      const leaf = leafSource(this.source, start, end);
      if (leaf !== undefined) {
        const next = memoOf(parent).leaves?.get(leaf);
        if (next !== undefined) {
          this.settled = next;
          this.depth = depth + 1;
          return;
        }
        this.leaf = { parent, source: leaf };
      }
    }
    const open = d.startTagOpen(parent, uri, local, d.nameId(uri, local));
    if (open.kind === K.NotAllowed) throw invalid;
    const split = splitAfter(open, d);
    this.scopes[depth] = namespaces;
    if (namespaces !== undefined) this.declared++;
    this.depth = depth + 1;
    let q = split ? split.content : open;
    for (let i = 0; i < attributes.length; i++) {
      const att = attributes[i]!;
      q = this.attribute(q, att);
    }
    q = d.startTagClose(q);
    if (q.kind === K.NotAllowed) throw invalid;
    this.states[depth] = q;
    // Without a split, the element's end tag leads back out of the After to the parent's state.
    this.rests[depth] = split ? split.rest : undefined;
    this.mixed[depth] = false;
  }

  /**
   * The scanner's offer to take a leaf element spanning `start`..`end` as read: accepted when
   * the same leaf was met before in the same state, which settles it at once (see startElement).
   */
  skipLeaf(start: number, end: number): boolean {
    const depth = this.depth;
    if (depth === 0 || this.declared !== 0 || end - start > LEAF_MAX_LENGTH) return false;
    const parent = this.flushText(depth - 1);
    const source = this.source.slice(start, end);
    const next = memoOf(parent).leaves?.get(source);
    if (next === undefined) {
      // Reported after all: startElement steps through it and remembers it.
      this.offered = start;
      this.leaf = { parent, source };
      return false;
    }
    this.mixed[depth - 1] = true;
    this.states[depth - 1] = next;
    return true;
  }

  private attribute(q: P, att: XmlScanAttribute): P {
    const d = this.d;
    const next = d.attributeValue(q, att.uri, att.local, d.nameId(att.uri, att.local), att.value, this.resolve);
    if (next.kind === K.NotAllowed) throw invalid;
    return next;
  }

  text(value: string): void {
    if (this.settled !== undefined) return;
    if (this.depth > 0) this.pending = this.pending === '' ? value : this.pending + value;
  }

  endElement(): void {
    const d = this.d;
    const depth = this.depth - 1;
    const settled = this.settled;
    if (settled !== undefined) {
      this.settled = undefined;
      this.depth = depth;
      if (depth > 0) this.states[depth - 1] = settled;
      return;
    }
    let state: P;
    if (this.mixed[depth]) state = this.flushText(depth);
    else {
      // Text-only content: the whole text against the content, white space included.
      const s = this.pending;
      this.pending = '';
      const q = this.states[depth]!;
      if (s === '') state = d.emptyContent(q);
      else {
        const after = d.textFull(q, s, this.resolve);
        if (isSpace(s)) state = d.f.choice(q, after);
        else if (after.kind === K.NotAllowed) throw invalid;
        else state = after;
      }
    }
    this.depth = depth;
    if (this.scopes[depth] !== undefined) {
      this.declared--;
      this.scopes[depth] = undefined;
    }
    const rest = this.rests[depth];
    let next: P;
    if (rest !== undefined) {
      if (!state.nullable) throw invalid;
      next = rest;
    } else {
      next = d.endTag(state);
      if (next.kind === K.NotAllowed) throw invalid;
    }
    if (depth > 0) this.states[depth - 1] = next;
    const leaf = this.leaf;
    if (leaf !== undefined) {
      // The leaf just stepped through: remember where it leads from its parent's state.
      this.leaf = undefined;
      const kept = (memoOf(leaf.parent).leaves ??= new Map());
      if (kept.size < LEAVES_KEPT) kept.set(detached(leaf.source), next);
    }
  }

  /** Text between element children: white space is ignored, anything else must match. */
  private flushText(depth: number): P {
    const q = this.states[depth]!;
    const s = this.pending;
    if (s === '') return q;
    this.pending = '';
    if (isSpace(s)) return q;
    const after = this.d.textFull(q, s, this.resolve);
    if (after.kind === K.NotAllowed) throw invalid;
    return (this.states[depth] = after);
  }

  private lookup(prefix: string): string | undefined {
    if (prefix === 'xml') return XML_NS;
    if (this.declared > 0) {
      for (let i = this.depth - 1; i >= 0; i--) {
        const uri = this.scopes[i]?.[prefix];
        if (uri !== undefined) return uri;
      }
    }
    return prefix === '' ? '' : undefined;
  }
}
