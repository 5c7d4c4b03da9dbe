import { XmlErrorCode, XmlSyntaxError } from './errors.js';
import { LineIndex } from './line-index.js';
import type { ScanXmlOptions, XmlScanHandler } from './scan-types.js';
import { PlainScanner } from './plain-scan.js';
import { Scanner } from './scanner.js';

export type { ScanXmlOptions, XmlScanAttribute, XmlScanHandler } from './scan-types.js';

const DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 256;

/** Scanners that finished a document cleanly, ready for the next (a handler may scan too). */
const idle: Scanner[] = [];
const idlePlain: PlainScanner[] = [];

/**
 * Reads a complete XML document and reports its elements, text and markup to `handler`,
 * without building anything. This is the one place where the safety rules live: DTDs are
 * refused outright (so no entity is ever declared or expanded), only the five predefined
 * entities and character references are understood, and size and depth are bounded.
 * Namespaces are resolved here rather than by saxes: its namespace mode costs a map per tag
 * and an object per attribute, and domain XML hardly ever declares a namespace.
 *
 * @throws XmlSyntaxError for anything that is not a well-formed, acceptable document.
 */
export function scanXml(text: string, handler: XmlScanHandler, options: ScanXmlOptions = {}): void {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    const reason = `document is larger than the limit of ${maxLength} characters`;
    throw new XmlSyntaxError(XmlErrorCode.TooLarge, reason, new LineIndex('').at(0), options.file);
  }
  // Most documents are plainly written and take the fast path; the others (or a give-up) go to saxes.
  const plain = idlePlain.pop() ?? new PlainScanner();
  let done: boolean;
  try {
    done = plain.scan(text, handler, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  } finally {
    idlePlain.push(plain); // reusable even after the handler threw: it starts afresh each time
  }
  if (done) return;
  const scanner = idle.pop() ?? new Scanner();
  scanner.run(text, handler, options.file, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  idle.push(scanner); // not reached when it threw: a parser stopped midway is dropped
}
