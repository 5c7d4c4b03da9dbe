import { decode } from './plain-chars.js';
import { PooledAttribute } from './attribute-pool.js';
import { replayNamespaced } from './plain-namespaces.js';
import { ATTRIBUTE_SIZE, OP_CLOSE, OP_COMMENT, OP_OPEN, OP_TEXT, PlainRecorder } from './plain-record.js';
import type { XmlScanHandler } from './scan-types.js';

/**
 * The fast path of `scanXml` for plainly written documents: the recorder (plain-record.ts)
 * checks the whole text and records it, then the recording is reported to the handler with
 * the very reports the saxes-based scanner would make. It never decides anything saxes would
 * decide differently: a test replays libvirt's corpus and thousands of mutants through both
 * scanners and requires the same events or a give-up.
 */
export class PlainScanner {
  private readonly recorder = new PlainRecorder();
  private readonly pool: PooledAttribute[] = [];
  /** For each attribute count, the list handed to the handler (the first `count` of the pool): no list is resized from tag to tag. */
  private readonly lists: PooledAttribute[][] = [];
  private readonly namespacedPool: PooledAttribute[] = [];

  /**
   * Scans `text` into `handler` and returns true, or returns false having called nothing when
   * the document is not plainly written (or not well-formed, or deeper than `maxDepth`).
   */
  scan(text: string, handler: XmlScanHandler, maxDepth: number): boolean {
    const recorder = this.recorder;
    if (!recorder.record(text, maxDepth)) return false;
    const { tape, size } = recorder;
    if (recorder.namespaced) {
      // the namespace rules are checked over the whole document before anything is reported
      if (!replayNamespaced(text, tape, size, undefined, this.namespacedPool)) return false;
      return replayNamespaced(text, tape, size, handler, this.namespacedPool);
    }
    const { lists, pool } = this;
    const skipLeaf = handler.skipLeaf;
    for (let p = 0; p < size;) {
      const op = tape[p]!;
      if (op === OP_OPEN) {
        const start = tape[p + 1]!;
        if (skipLeaf !== undefined) {
          const after = leafAfter(tape, p);
          if (after !== -1 && skipLeaf.call(handler, start, tape[after - 1]!)) {
            p = after;
            continue;
          }
        }
        const name = text.slice(start + 1, tape[p + 2]!);
        const end = tape[p + 3]!;
        const count = tape[p + 4]!;
        p += 5;
        const list = lists[count] ?? this.list(count);
        for (let n = 0; n < count; n++, p += ATTRIBUTE_SIZE) {
          const a = pool[n] ?? this.grow();
          list[n] = a; // in place again, whatever a handler did with the list
          a.name = a.local = text.slice(tape[p]!, tape[p + 1]!);
          const raw = text.slice(tape[p + 2]!, tape[p + 3]!);
          const flags = tape[p + 4]!;
          a.value = flags === 0 ? raw : decode(raw, flags);
        }
        if (list.length !== count) list.length = count;
        handler.startElement(name, '', name, '', list, undefined, start, end);
      } else if (op === OP_CLOSE) {
        handler.endElement(tape[p + 1]!);
        p += 2;
      } else if (op === OP_TEXT) {
        const start = tape[p + 1]!;
        const end = tape[p + 2]!;
        const flags = tape[p + 3]!;
        const raw = text.slice(start, end);
        handler.text(flags === 0 ? raw : decode(raw, flags), false, start, end);
        p += 4;
      } else if (op === OP_COMMENT) {
        const start = tape[p + 1]!;
        const end = tape[p + 2]!;
        handler.comment?.(text.slice(start + 4, end - 3), start, end);
        p += 3;
      } else throw new Error(`plain scanner: unknown record ${op} at ${p}`);
    }
    return true;
  }

  private grow(): PooledAttribute {
    const a = new PooledAttribute();
    this.pool.push(a);
    return a;
  }

  /** The list of the first `count` attributes of the pool (made once per count). */
  private list(count: number): PooledAttribute[] {
    while (this.pool.length < count) this.grow();
    return (this.lists[count] = this.pool.slice(0, count));
  }
}

/**
 * Where the tape goes on after the element opened at `p` when it is a leaf (no child element:
 * only its end, or one text and its end, follow its start tag); -1 otherwise. The element's
 * end offset is then the tape's last entry before that position.
 */
function leafAfter(tape: Int32Array, p: number): number {
  const next = p + 5 + tape[p + 4]! * ATTRIBUTE_SIZE;
  if (tape[next] === OP_CLOSE) return next + 2;
  if (tape[next] === OP_TEXT && tape[next + 4] === OP_CLOSE) return next + 6;
  return -1;
}
