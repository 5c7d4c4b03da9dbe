import { after, DECLARATION, HAS_BREAK, HAS_NAME_CHARACTER, HAS_REFERENCE, IS_COLON, isSpace, NAME, NOT_PLAIN, referenceEnd, STARTS_NAME } from './plain-chars.js';

/**
 * The first half of scanXml's fast path for plainly written documents (every libvirt domain
 * document: ASCII names, no DOCTYPE, CDATA or processing instruction, no carriage return):
 * one pass over the text that either proves it well-formed and records where its parts stand
 * (the tape: offsets only, no strings), or gives up. Namespaces are left to the replay
 * (plain-namespaces.ts), which checks their rules before reporting anything.
 *
 * Giving up is always safe: the caller then scans the document with the saxes-based scanner,
 * which reports exactly what it would have reported anyway and owns every error message. So
 * this pass only has to be right about what it accepts; whatever it is unsure of, well-formed
 * or not, makes it give up. Nothing reaches the handler before the whole text is accepted.
 * Searches for the next `<`, `&` or line break are left to the native `indexOf`, each position
 * searched once; only names and the white space inside tags are read character by character.
 */

/** Tape records: an op code followed by offsets into the text. */
export const OP_OPEN = 1; // start, nameEnd, end, attribute count, then ATTRIBUTE_SIZE per attribute
export const OP_CLOSE = 2; // end
export const OP_TEXT = 3; // start, end, flags
export const OP_COMMENT = 4; // start, end
/** Per attribute: nameStart, nameEnd, valueStart, valueEnd, flags. */
export const ATTRIBUTE_SIZE = 5;

/** Whether the `length` characters at `a` and at `b` are the same. */
function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** Records a document on a tape of offsets, reused from document to document. */
export class PlainRecorder {
  tape = new Int32Array(1024);
  size = 0;
  /** A name with a colon or an `xmlns` attribute was met: the replay must resolve namespaces. */
  namespaced = false;
  private readonly openStarts: number[] = [];
  /** Where the next `&`, `<`, tab and newline stand (text.length for none): each search goes over the text once. */
  private nextAmp = -1;
  private nextLt = -1;
  private nextTab = -1;
  private nextNewline = -1;

  private room(n: number): Int32Array {
    if (this.size + n > this.tape.length) {
      const grown = new Int32Array(Math.max(this.tape.length * 2, this.size + n));
      grown.set(this.tape.subarray(0, this.size));
      this.tape = grown;
    }
    return this.tape;
  }

  /** True when the whole text was accepted and recorded. */
  record(text: string, maxDepth: number): boolean {
    this.size = 0;
    this.namespaced = false;
    const stack = this.openStarts;
    stack.length = 0;
    const length = text.length;
    let i = 0;
    if (text.startsWith('<?xml', 0)) {
      DECLARATION.lastIndex = 0;
      if (!DECLARATION.test(text)) return false;
      i = DECLARATION.lastIndex;
    }
    // Characters XML refuses or that need a second look (controls, CR, surrogates, U+FFFE/F)
    // and `]]>` (harmless only in attribute values) are found by native searches, each one
    // pass (apart: one regular expression with both takes longer).
    if (NOT_PLAIN.test(text) || text.includes(']]>')) return false;
    this.nextAmp = -1;
    this.nextLt = -1;
    this.nextTab = -1;
    this.nextNewline = -1;
    let depth = 0;
    let rootSeen = false;
    for (;;) {
      // Character data up to the next markup.
      const textStart = i;
      // the `<` found after the last attribute value is the next one from here
      if (this.nextLt < i) this.nextLt = after(text.indexOf('<', i), length);
      const lt = this.nextLt;
      let flags = 0;
      if (this.nextAmp < i) this.nextAmp = after(text.indexOf('&', i), length);
      while (this.nextAmp < lt) {
        const end = referenceEnd(text, this.nextAmp);
        if (end === -1 || end > lt) return false;
        flags = HAS_REFERENCE;
        this.nextAmp = after(text.indexOf('&', end), length);
      }
      if (depth === 0) {
        // outside the root only white space
        if (flags !== 0) return false;
        for (let k = textStart; k < lt; k++) if (!isSpace(text.charCodeAt(k))) return false;
      } else if (lt > textStart) {
        const tape = this.room(4);
        tape[this.size] = OP_TEXT;
        tape[this.size + 1] = textStart;
        tape[this.size + 2] = lt;
        tape[this.size + 3] = flags;
        this.size += 4;
      }
      if (lt === length) return depth === 0 && rootSeen;
      i = lt;
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f) {
        // end tag: the name of the open element, white space, `>`
        if (depth === 0) return false;
        const start = stack[depth - 1]!;
        let j = i + 2;
        for (let k = start + 1; ; k++, j++) {
          const c = text.charCodeAt(k);
          if (c < 128 && (NAME[c]! & HAS_NAME_CHARACTER) !== 0) {
            if (text.charCodeAt(j) !== c) return false;
          } else break;
        }
        let c = text.charCodeAt(j);
        if (c < 128 && NAME[c]! !== 0) return false; // a longer name
        while (isSpace(c)) c = text.charCodeAt(++j);
        if (c !== 0x3e) return false;
        i = j + 1;
        depth--;
        const tape = this.room(2);
        tape[this.size] = OP_CLOSE;
        tape[this.size + 1] = i;
        this.size += 2;
      } else if (next === 0x21) {
        // a comment; anything else after `<!` is left to saxes
        if (!text.startsWith('<!--', i)) return false;
        const dashes = text.indexOf('--', i + 4);
        if (dashes === -1 || text.charCodeAt(dashes + 2) !== 0x3e) return false;
        const tape = this.room(3);
        tape[this.size] = OP_COMMENT;
        tape[this.size + 1] = i;
        tape[this.size + 2] = dashes + 3;
        this.size += 3;
        i = dashes + 3;
      } else {
        if (depth === 0 && rootSeen) return false;
        if (depth >= maxDepth) return false;
        i = this.startTag(text, i);
        if (i < 0) {
          if (i === -1) return false;
          i = -i; // self-closed
          if (depth === 0) rootSeen = true;
        } else {
          stack[depth++] = this.tape[this.size - 1]!; // placeholder slot holds the tag's start
          this.size--;
          rootSeen = true;
        }
      }
    }
  }

  /**
   * Records the start tag at `i` (`<` + name). Returns the offset after it, negated when the
   * tag closes itself (an OP_CLOSE follows it on the tape), -1 when saxes must decide.
   * An open tag leaves its start as one extra slot on the tape, for the caller to take.
   */
  private startTag(text: string, i: number): number {
    const start = i;
    const length = text.length;
    let c = text.charCodeAt(++i);
    if (!(c < 128 && (NAME[c]! & STARTS_NAME) !== 0)) return -1;
    let kinds = 0;
    for (c = text.charCodeAt(++i); c < 128; c = text.charCodeAt(++i)) {
      const kind = NAME[c]!;
      if ((kind & HAS_NAME_CHARACTER) === 0) break;
      kinds |= kind;
    }
    if ((kinds & IS_COLON) !== 0) this.namespaced = true;
    const nameEnd = i;
    let tape = this.room(6);
    const head = this.size;
    tape[head] = OP_OPEN;
    tape[head + 1] = start;
    tape[head + 2] = nameEnd;
    this.size += 5;
    let count = 0;
    for (;;) {
      let spaced = false;
      while (isSpace(c)) (c = text.charCodeAt(++i)), (spaced = true);
      if (c === 0x3e) {
        i++;
        break;
      }
      if (c === 0x2f) {
        if (text.charCodeAt(i + 1) !== 0x3e) return -1;
        i += 2;
        tape = this.room(2);
        tape[head + 3] = i;
        tape[head + 4] = count;
        tape[this.size] = OP_CLOSE;
        tape[this.size + 1] = i;
        this.size += 2;
        return -i;
      }
      if (!spaced || !(c < 128 && (NAME[c]! & STARTS_NAME) !== 0)) return -1;
      const attributeStart = i;
      kinds = 0;
      for (c = text.charCodeAt(++i); c < 128; c = text.charCodeAt(++i)) {
        const kind = NAME[c]!;
        if ((kind & HAS_NAME_CHARACTER) === 0) break;
        kinds |= kind;
      }
      const attributeEnd = i;
      if ((kinds & IS_COLON) !== 0 || (attributeEnd - attributeStart === 5 && text.startsWith('xmlns', attributeStart))) this.namespaced = true;
      while (isSpace(c)) c = text.charCodeAt(++i);
      if (c !== 0x3d) return -1;
      do c = text.charCodeAt(++i);
      while (isSpace(c));
      if (c !== 0x22 && c !== 0x27) return -1;
      const valueStart = i + 1;
      const valueEnd = text.indexOf(c === 0x22 ? '"' : "'", valueStart);
      if (valueEnd === -1) return -1;
      if (this.nextLt < valueStart) this.nextLt = after(text.indexOf('<', valueStart), length);
      if (this.nextLt < valueEnd) return -1;
      let flags = 0;
      if (this.nextAmp < valueStart) this.nextAmp = after(text.indexOf('&', valueStart), length);
      while (this.nextAmp < valueEnd) {
        const end = referenceEnd(text, this.nextAmp);
        if (end === -1 || end > valueEnd) return -1;
        flags = HAS_REFERENCE;
        this.nextAmp = after(text.indexOf('&', end), length);
      }
      if (this.nextNewline < valueStart) this.nextNewline = after(text.indexOf('\n', valueStart), length);
      if (this.nextTab < valueStart) this.nextTab = after(text.indexOf('\t', valueStart), length);
      if (this.nextNewline < valueEnd || this.nextTab < valueEnd) flags |= HAS_BREAK;
      // the same name twice is saxes' to report
      const nameLength = attributeEnd - attributeStart;
      for (let a = head + 5; a < this.size; a += ATTRIBUTE_SIZE) {
        if (tape[a + 1]! - tape[a]! === nameLength && sameText(text, tape[a]!, attributeStart, nameLength)) return -1;
      }
      tape = this.room(ATTRIBUTE_SIZE + 1);
      tape[this.size] = attributeStart;
      tape[this.size + 1] = attributeEnd;
      tape[this.size + 2] = valueStart;
      tape[this.size + 3] = valueEnd;
      tape[this.size + 4] = flags;
      this.size += ATTRIBUTE_SIZE;
      count++;
      i = valueEnd + 1;
      c = text.charCodeAt(i);
    }
    tape[head + 3] = i;
    tape[head + 4] = count;
    tape[this.size++] = start;
    return i;
  }
}
