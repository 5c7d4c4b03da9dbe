import type { Datatype } from '../datatypes/types.js';
import type { NameClass } from '../ir.js';
import { F, K, type Kind, type P } from './pattern.js';

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
  private readonly pairs = new Map<number, Map<number, Map<number, P>>>();

  private pair(kind: Kind, a: P, b: P, nullable: boolean, members?: readonly P[]): P {
    let byKind = this.pairs.get(kind);
    if (!byKind) this.pairs.set(kind, (byKind = new Map()));
    let byA = byKind.get(a.id);
    if (!byA) byKind.set(a.id, (byA = new Map()));
    let p = byA.get(b.id);
    if (!p) {
      p = this.create(kind, nullable, { a, b, ...(members ? { members } : {}) });
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
      dt: parts.dt, key: parts.key, text: parts.text, members: parts.members, memo: undefined,
    };
  }

  private count = 0;

  choice(a: P, b: P): P {
    if (a === b || b.kind === K.NotAllowed) return a;
    if (a.kind === K.NotAllowed) return b;
    // Flatten and sort the members so that equal sets of alternatives are one pattern.
    const ids = new Map<number, P>();
    for (const m of a.members ?? [a]) ids.set(m.id, m);
    for (const m of b.members ?? [b]) ids.set(m.id, m);
    if (ids.size === (a.members?.length ?? 1)) return a;
    if (ids.size === (b.members?.length ?? 1)) return b;
    const members = [...ids.values()].sort((x, y) => x.id - y.id);
    if (members.length === 2) return this.pair(K.Choice, members[0]!, members[1]!, a.nullable || b.nullable, members);
    const key = `|${members.map((m) => m.id).join(',')}`;
    const found = this.table.get(key);
    if (found) return found;
    const first = members[0]!;
    const rest = members.length === 2 ? members[1]! : this.choiceOf(members.slice(1));
    return this.make(K.Choice, key, members.some((m) => m.nullable), { a: first, b: rest, members });
  }

  private choiceOf(members: P[]): P {
    if (members.length === 2) return this.pair(K.Choice, members[0]!, members[1]!, members[0]!.nullable || members[1]!.nullable, members);
    const key = `|${members.map((m) => m.id).join(',')}`;
    const found = this.table.get(key);
    if (found) return found;
    const rest = members.length === 2 ? members[1]! : this.choiceOf(members.slice(1));
    return this.make(K.Choice, key, members.some((m) => m.nullable), { a: members[0]!, b: rest, members });
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
