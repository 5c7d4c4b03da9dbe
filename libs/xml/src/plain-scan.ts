import type { XmlScanAttribute, XmlScanHandler } from './scan-types.js';

/**
 * The fast path of `scanXml` for plainly written documents, which is nearly every libvirt
 * document: ASCII names without namespaces, no DOCTYPE, CDATA or processing instruction, no
 * carriage return. Whole tags are matched by regular expressions, which V8 compiles to machine
 * code on first use, where saxes walks every character in JavaScript: the difference is
 * largest in a short-lived process (a CLI run, an editor's first request), whose first few
 * hundred documents run before the JIT has optimised saxes' loops.
 *
 * It never decides anything saxes would decide differently: each construct it does not
 * recognise, well-formed or not, makes it give up, and the caller then scans the document
 * with the saxes-based scanner, which owns every error message. To give up cleanly after
 * reading part of a document, it records the document's events first and replays them to the
 * handler only once the whole text has been read. A test replays libvirt's corpus and
 * thousands of mutants through both scanners and requires the same events or a give-up.
 */

/** XML's Name restricted to ASCII, without the colon (so no namespace prefix). */
const NAME = '[A-Za-z_][A-Za-z0-9._\\-]*';
const S = '[ \\t\\n]';
/** A start tag; group 1 the name, group 2 the attributes (with their leading white space), group 3 `/` if empty. */
const START_TAG = new RegExp(`<(${NAME})((?:${S}+${NAME}${S}*=${S}*(?:"[^"<]*"|'[^'<]*'))*)${S}*(/?)>`, 'y');
const END_TAG = new RegExp(`</(${NAME})${S}*>`, 'y');
/** One attribute inside group 2 of START_TAG. */
const ATTRIBUTE = new RegExp(`(${NAME})${S}*=${S}*(?:"([^"]*)"|'([^']*)')`, 'g');
/** Anything that sends the whole document to saxes: characters it must judge, `]]>`, CR (line ends are normalised). */
const NOT_PLAIN = /[^\t\n\x20-\x7E\xA0-\uD7FF\uE000-\uFFFD]|]]>/;
const XML_DECLARATION = new RegExp(
  `<\\?xml${S}+version${S}*=${S}*(?:"1\\.[0-9]+"|'1\\.[0-9]+')` +
    `(?:${S}+encoding${S}*=${S}*(?:"[A-Za-z][A-Za-z0-9._\\-]*"|'[A-Za-z][A-Za-z0-9._\\-]*'))?` +
    `(?:${S}+standalone${S}*=${S}*(?:"(?:yes|no)"|'(?:yes|no)'))?${S}*\\?>`,
  'y',
);
const SPACES = new RegExp(`${S}*`, 'y');
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/y;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

// Recorded events: a kind, then its operands (strings and offsets) in one array, reused.
const START = 0;
const END = 1;
const TEXT = 2;
const COMMENT = 3;

class Attribute implements XmlScanAttribute {
  name = '';
  readonly prefix = '';
  local = '';
  readonly uri = '';
  value = '';
}

export class PlainScanner {
  private readonly events: (string | number)[] = [];
  private readonly names: string[] = [];
  private readonly attributes: Attribute[] = [];
  private readonly pool: Attribute[] = [];

  /**
   * Scans `text` into `handler` and returns true, or returns false having called nothing when
   * the document is not plainly written (or not well-formed, or deeper than `maxDepth`).
   */
  scan(text: string, handler: XmlScanHandler, maxDepth: number): boolean {
    const events = this.events;
    events.length = 0;
    const ok = this.record(text, maxDepth);
    if (ok) this.replay(handler);
    events.length = 0;
    return ok;
  }

  private record(text: string, maxDepth: number): boolean {
    if (NOT_PLAIN.test(text)) return false;
    const { events, names } = this;
    let i = 0;
    if (text.startsWith('<?xml')) {
      XML_DECLARATION.lastIndex = 0;
      if (!XML_DECLARATION.test(text)) return false;
      i = XML_DECLARATION.lastIndex;
    }
    let depth = 0;
    let seenRoot = false;
    for (;;) {
      const lt = text.indexOf('<', i);
      const textEnd = lt === -1 ? text.length : lt;
      if (textEnd > i) {
        if (depth === 0) {
          SPACES.lastIndex = i; // outside the root: only white space
          SPACES.test(text);
          if (SPACES.lastIndex !== textEnd) return false;
        } else {
          const value = decode(text.slice(i, textEnd), false);
          if (value === undefined) return false;
          events.push(TEXT, value, i, textEnd);
        }
      }
      if (lt === -1) return seenRoot && depth === 0;
      const next = text.charCodeAt(lt + 1);
      if (next === 0x2f) {
        END_TAG.lastIndex = lt;
        const m = END_TAG.exec(text);
        if (m === null || depth === 0 || names[depth - 1] !== m[1]) return false;
        depth--;
        i = END_TAG.lastIndex;
        events.push(END, i);
        continue;
      }
      if (next === 0x21) {
        if (!text.startsWith('<!--', lt)) return false; // DOCTYPE, CDATA: saxes decides
        const close = text.indexOf('-->', lt + 4);
        if (close === -1) return false;
        const body = text.slice(lt + 4, close);
        if (body.includes('--') || body.endsWith('-')) return false;
        i = close + 3;
        events.push(COMMENT, body, lt, i);
        continue;
      }
      if ((depth === 0 && seenRoot) || depth >= maxDepth) return false;
      START_TAG.lastIndex = lt;
      const m = START_TAG.exec(text);
      if (m === null) return false;
      i = START_TAG.lastIndex;
      const name = m[1]!;
      const first = events.length;
      events.push(START, name, lt, i, 0);
      if (m[2] !== '' && !this.recordAttributes(m[2]!, first)) return false;
      seenRoot = true;
      if (m[3] === '/') events.push(END, i);
      else names[depth++] = name;
    }
  }

  /** Records the attributes of a start tag after its event at `at` (which counts them). */
  private recordAttributes(list: string, at: number): boolean {
    const events = this.events;
    const first = events.length;
    ATTRIBUTE.lastIndex = 0;
    for (let m = ATTRIBUTE.exec(list); m !== null; m = ATTRIBUTE.exec(list)) {
      const name = m[1]!;
      if (name === 'xmlns') return false;
      for (let k = first; k < events.length; k += 2) if (events[k] === name) return false; // saxes names the duplicate
      const value = decode(m[2] ?? m[3]!, true);
      if (value === undefined) return false;
      events.push(name, value);
    }
    events[at + 4] = (events.length - first) / 2;
    return true;
  }

  private replay(handler: XmlScanHandler): void {
    const { events, attributes, pool } = this;
    for (let i = 0; i < events.length;) {
      const kind = events[i];
      if (kind === START) {
        const name = events[i + 1] as string;
        const start = events[i + 2] as number;
        const end = events[i + 3] as number;
        const count = events[i + 4] as number;
        i += 5;
        attributes.length = 0;
        for (let k = 0; k < count; k++, i += 2) {
          const a = (pool[k] ??= new Attribute());
          a.name = a.local = events[i] as string;
          a.value = events[i + 1] as string;
          attributes.push(a);
        }
        handler.startElement(name, '', name, '', attributes, undefined, start, end);
      } else if (kind === END) {
        handler.endElement(events[i + 1] as number);
        i += 2;
      } else if (kind === TEXT) {
        handler.text(events[i + 1] as string, false, events[i + 2] as number, events[i + 3] as number);
        i += 4;
      } else {
        handler.comment?.(events[i + 1] as string, events[i + 2] as number, events[i + 3] as number);
        i += 4;
      }
    }
    attributes.length = 0;
  }
}

/**
 * Character data or an attribute value with its references replaced (and, in an attribute,
 * tabs and newlines read as spaces, as XML normalises them); undefined for a `&` that does not
 * start a well-formed reference to a character XML allows.
 */
function decode(raw: string, attribute: boolean): string | undefined {
  let value = attribute && (raw.includes('\t') || raw.includes('\n')) ? raw.replace(/[\t\n]/g, ' ') : raw;
  let amp = value.indexOf('&');
  if (amp === -1) return value;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    REFERENCE.lastIndex = amp;
    const m = REFERENCE.exec(value);
    if (m === null) return undefined;
    let replacement: string;
    if (m[1] !== undefined) replacement = PREDEFINED[m[1]]!;
    else {
      const code = m[2] !== undefined ? parseInt(m[2], 10) : parseInt(m[3]!, 16);
      if (!allowedCharacter(code)) return undefined;
      replacement = String.fromCodePoint(code);
    }
    out += value.slice(from, amp) + replacement;
    from = REFERENCE.lastIndex;
    amp = value.indexOf('&', from);
  }
  value = out + value.slice(from);
  return value;
}

/** XML 1.0's Char production. */
function allowedCharacter(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
