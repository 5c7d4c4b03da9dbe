import type { Datatype } from '../datatypes/types.js';
import type { NameClass } from '../ir.js';
import { F, K, membersOf, type Kind, type P } from './pattern.js';

/**
 * Creates patterns, sharing structurally equal ones (hash-consing) and applying the algebraic
 * simplifications of the derivative algorithm, so states stay small across thousands of documents.
 */
export class PatternFactory {
  private readonly table = new Map<string, P>();
  private nextId = 0;
  private readonly nameClassIds = new Map<NameClass, number>();
  readonly empty: P;
  readonly notAllowed: P;
  readonly text: P;

  constructor() {
    this.empty = this.make(K.Empty, 'E', true);
    this.notAllowed = this.make(K.NotAllowed, 'N', false);
    this.text = this.make(K.Text, 'T', true);
  }

  /** Binary nodes by kind, then by the ids of their two children: no key strings on the hot path. */
  private readonly pairs: Map<number, Map<number, P>>[] = [];

  private pair(kind: Kind, a: P, b: P, nullable: boolean): P {
    const byKind = (this.pairs[kind] ??= new Map());
    let byA = byKind.get(a.id);
    if (!byA) byKind.set(a.id, (byA = new Map()));
    let p = byA.get(b.id);
    if (!p) {
      p = this.create(kind, nullable, { a, b });
      byA.set(b.id, p);
    }
    return p;
  }

  private make(kind: Kind, key: string, nullable: boolean, parts: Partial<P> = {}): P {
    const found = this.table.get(key);
    if (found) return found;
    const p = this.create(kind, nullable, parts);
    this.table.set(key, p);
    return p;
  }

  private create(kind: Kind, nullable: boolean, parts: Partial<P>): P {
    const a = parts.a;
    const b = parts.b;
    let flags: number;
    switch (kind) {
      case K.Element: flags = F.Elements; break;
      case K.Attribute: flags = F.Attributes; break;
      case K.Text: case K.Value: case K.Data: case K.List: flags = F.Text; break;
      case K.After: case K.OneOrMore: flags = a!.flags; break;
      case K.Choice: case K.Group: case K.Interleave: flags = a!.flags | b!.flags; break;
      default: flags = 0;
    }
    this.count++;
    return {
      id: this.nextId++, kind, nullable, flags, a, b, nc: parts.nc, content: parts.content, label: parts.label,
      dt: parts.dt, key: parts.key, text: parts.text, memo: undefined,
    };
  }

  private count = 0;

  /**
   * A choice is kept flat and canonical: its members (never choices themselves) sorted by id and
   * chained to the right, `Choice(m0, Choice(m1, ... Choice(mn-1, mn)))`, so that equal sets of
   * alternatives are one pattern and each link is hash-consed as a pair.
   */
  choice(a: P, b: P): P {
    if (a === b || b.kind === K.NotAllowed) return a;
    if (a.kind === K.NotAllowed) return b;
    if (a.kind !== K.Choice && b.kind !== K.Choice) {
      return a.id < b.id ? this.pair(K.Choice, a, b, a.nullable || b.nullable) : this.pair(K.Choice, b, a, a.nullable || b.nullable);
    }
    const ma = membersOf(a);
    const mb = membersOf(b);
    // Merge the two sorted member lists.
    const merged: P[] = [];
    let i = 0;
    let j = 0;
    while (i < ma.length && j < mb.length) {
      const x = ma[i]!;
      const y = mb[j]!;
      if (x === y) { merged.push(x); i++; j++; } else if (x.id < y.id) { merged.push(x); i++; } else { merged.push(y); j++; }
    }
    while (i < ma.length) merged.push(ma[i++]!);
    while (j < mb.length) merged.push(mb[j++]!);
    if (merged.length === ma.length) return a;
    if (merged.length === mb.length) return b;
    let chain = merged[merged.length - 1]!;
    for (let k = merged.length - 2; k >= 0; k--) {
      const m = merged[k]!;
      chain = this.pair(K.Choice, m, chain, m.nullable || chain.nullable);
    }
    return chain;
  }

  group(a: P, b: P): P {
    if (a.kind === K.NotAllowed || b.kind === K.NotAllowed) return this.notAllowed;
    if (a.kind === K.Empty) return b;
    if (b.kind === K.Empty) return a;
    return this.pair(K.Group, a, b, a.nullable && b.nullable);
  }

  interleave(a: P, b: P): P {
    if (a.kind === K.NotAllowed || b.kind === K.NotAllowed) return this.notAllowed;
    if (a.kind === K.Empty) return b;
    if (b.kind === K.Empty) return a;
    const [x, y] = a.id <= b.id ? [a, b] : [b, a];
    return this.pair(K.Interleave, x, y, a.nullable && b.nullable);
  }

  after(a: P, b: P): P {
    if (a.kind === K.NotAllowed || b.kind === K.NotAllowed) return this.notAllowed;
    return this.pair(K.After, a, b, false);
  }

  oneOrMore(a: P): P {
    if (a.kind === K.NotAllowed || a.kind === K.Empty) return a;
    return this.make(K.OneOrMore, `o${a.id}`, a.nullable, { a });
  }

  list(a: P): P {
    if (a.kind === K.NotAllowed) return a;
    return this.make(K.List, `l${a.id}`, false, { a });
  }

  attribute(nc: NameClass, a: P): P {
    if (a.kind === K.NotAllowed) return a;
    return this.make(K.Attribute, `@${this.nameClassId(nc)},${a.id}`, false, { nc, a });
  }

  /** A data pattern; `key` identifies the datatype with its parameters. */
  data(dt: Datatype, key: string, except: P | undefined): P {
    return this.make(K.Data, `d${key}|${except?.id ?? ''}`, false, { dt, a: except });
  }

  value(dt: Datatype, typeKey: string, valueKey: string, text: string): P {
    return this.make(K.Value, `v${typeKey}|${valueKey}`, false, { dt, key: valueKey, text });
  }

  /** A new element; its content is set by the caller once every element exists. */
  element(nc: NameClass, label: string): P {
    return this.make(K.Element, `e${this.nextId}`, false, { nc, label });
  }

  private nameClassId(nc: NameClass): number {
    let id = this.nameClassIds.get(nc);
    if (id === undefined) this.nameClassIds.set(nc, (id = this.nameClassIds.size));
    return id;
  }

  /** How many patterns exist (a measure of how much the memo tables have grown). */
  get size(): number {
    return this.count;
  }
}
