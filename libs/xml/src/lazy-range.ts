import type { LineIndex } from './line-index.js';
import type { XmlPosition, XmlRange } from './types.js';

/**
 * A range that stores offsets and turns them into line/column only when asked: most parsed
 * nodes never have their position read (validation of a valid document reads none), and the
 * binary search plus two objects per node would otherwise dominate tree building.
 */
export class LazyRange implements XmlRange {
  private startPosition: XmlPosition | undefined;
  private endPosition: XmlPosition | undefined;

  constructor(
    private readonly lines: LineIndex,
    private readonly startOffset: number,
    private endOffset: number,
  ) {}

  get start(): XmlPosition {
    return (this.startPosition ??= this.lines.at(this.startOffset));
  }

  get end(): XmlPosition {
    return (this.endPosition ??= this.lines.at(this.endOffset));
  }

  /** A copy that ends elsewhere (an element's range grows when its end tag is read). */
  withEnd(endOffset: number): LazyRange {
    return new LazyRange(this.lines, this.startOffset, endOffset);
  }

  toJSON(): XmlRange {
    return { start: this.start, end: this.end };
  }
}
