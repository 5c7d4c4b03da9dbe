import { nameClassContains } from '../name-class.js';
import { detached } from './detached.js';
import { F, K, type P } from './pattern.js';
import type { PrefixResolver } from '../datatypes/types.js';
import { leavesKey, memoOf, TextDerivatives } from './text-derivatives.js';

/** Distinct values remembered per state and attribute name (see attributeValue). */
const ATTRIBUTE_VALUES_KEPT = 64;

/**
 * The markup side of Clark's derivatives (start tag open/close, attributes, end tag), memoized on
 * the hash-consed patterns; plus the recovery variants the validator uses after an error.
 */
export class Derivatives extends TextDerivatives {
  /** Local names in no namespace (nearly all of them), then namespace URI and local name, to a small integer. */
  private readonly plainNames = new Map<string, number>();
  private readonly names = new Map<string, Map<string, number>>();
  private nameCount = 0;

  /** A small integer for an expanded name, used as memo key. */
  nameId(ns: string, local: string): number {
    let byLocal = this.plainNames;
    if (ns !== '') {
      byLocal = this.names.get(ns)!;
      if (byLocal === undefined) this.names.set(ns, (byLocal = new Map()));
    }
    let id = byLocal.get(local);
    if (id === undefined) byLocal.set(detached(local), (id = this.nameCount++));
    return id;
  }

  startTagOpen(p: P, ns: string, local: string, nameId: number): P {
    if (!(p.flags & F.Elements)) return this.f.notAllowed;
    const memo = (memoOf(p).startTagOpen ??= new Map());
    let r = memo.get(nameId);
    if (r === undefined) {
      r = this.computeStartTagOpen(p, ns, local, nameId);
      memo.set(nameId, r);
    }
    return r;
  }

  private computeStartTagOpen(p: P, ns: string, local: string, id: number): P {
    const f = this.f;
    switch (p.kind) {
      case K.Choice:
        return f.choice(this.startTagOpen(p.a!, ns, local, id), this.startTagOpen(p.b!, ns, local, id));
      case K.Element:
        return nameClassContains(p.nc!, ns, local) ? f.after(p.content!, f.empty) : f.notAllowed;
      case K.Interleave: {
        const a = p.a!;
        const b = p.b!;
        return f.choice(
          this.applyAfter((x) => f.interleave(x, b), this.startTagOpen(a, ns, local, id)),
          this.applyAfter((x) => f.interleave(a, x), this.startTagOpen(b, ns, local, id)),
        );
      }
      case K.OneOrMore:
        return this.applyAfter((x) => f.group(x, f.choice(p, f.empty)), this.startTagOpen(p.a!, ns, local, id));
      case K.Group: {
        const b = p.b!;
        const x = this.applyAfter((y) => f.group(y, b), this.startTagOpen(p.a!, ns, local, id));
        return p.a!.nullable ? f.choice(x, this.startTagOpen(b, ns, local, id)) : x;
      }
      case K.After: {
        const b = p.b!;
        return this.applyAfter((x) => f.after(x, b), this.startTagOpen(p.a!, ns, local, id));
      }
      default:
        return f.notAllowed;
    }
  }

  applyAfter(fn: (p: P) => P, p: P): P {
    if (p.kind === K.After) return this.f.after(p.a!, fn(p.b!));
    if (p.kind === K.Choice) return this.f.choice(this.applyAfter(fn, p.a!), this.applyAfter(fn, p.b!));
    return this.f.notAllowed;
  }

  /** The attribute patterns of `p` that an attribute of this name could match. */
  attributeLeaves(p: P, ns: string, local: string, nameId: number): readonly P[] {
    const memo = (memoOf(p).attLeaves ??= new Map());
    let r = memo.get(nameId);
    if (r === undefined) {
      const out = new Set<P>();
      const visit = (q: P): void => {
        switch (q.kind) {
          case K.Attribute:
            if (nameClassContains(q.nc!, ns, local)) out.add(q);
            return;
          case K.Choice: case K.Group: case K.Interleave: case K.After:
            visit(q.a!); visit(q.b!); return;
          case K.OneOrMore:
            visit(q.a!); return;
          default:
        }
      };
      visit(p);
      r = [...out];
      memo.set(nameId, r);
    }
    return r;
  }

  /**
   * The whole attribute step, value included: attDeriv of `p` by the attribute {ns}local=value.
   * Memoized by name and value (values repeat across documents: `type="file"`, `bus="virtio"`),
   * up to a bound per name so that unique values (UUIDs, paths) cannot make the table grow
   * without end; never where a namespace context could change the verdict.
   */
  attributeValue(p: P, ns: string, local: string, nameId: number, value: string, resolve: PrefixResolver): P {
    const byName = (memoOf(p).attValues ??= new Map());
    let values = byName.get(nameId);
    if (values === undefined) {
      const leaves = this.attributeLeaves(p, ns, local, nameId);
      values = leaves.some((leaf) => this.contextual(leaf)) ? null : new Map();
      byName.set(nameId, values);
    }
    let r = values?.get(value);
    if (r === undefined) {
      const ok: number[] = [];
      for (const leaf of this.attributeLeaves(p, ns, local, nameId)) if (this.valueMatches(leaf.a!, value, resolve)) ok.push(leaf.id);
      r = this.attribute(p, nameId, ok);
      if (values && values.size < ATTRIBUTE_VALUES_KEPT) values.set(detached(value), r);
    }
    return r;
  }

  /** attDeriv, given which attribute leaves accept the value (by id). */
  attribute(p: P, nameId: number, accepted: readonly number[]): P {
    return this.att(p, nameId, accepted, leavesKey(accepted));
  }

  private att(p: P, nameId: number, accepted: readonly number[], key: number | string): P {
    if (!(p.flags & F.Attributes)) return this.f.notAllowed;
    const byName = (memoOf(p).att ??= new Map());
    let memo = byName.get(nameId);
    if (memo === undefined) byName.set(nameId, (memo = new Map()));
    let r = memo.get(key);
    if (r === undefined) {
      r = this.computeAttribute(p, nameId, accepted, key);
      memo.set(key, r);
    }
    return r;
  }

  private computeAttribute(p: P, n: number, ok: readonly number[], k: number | string): P {
    const f = this.f;
    switch (p.kind) {
      case K.After:
        return f.after(this.att(p.a!, n, ok, k), p.b!);
      case K.Choice:
        return f.choice(this.att(p.a!, n, ok, k), this.att(p.b!, n, ok, k));
      case K.Group:
        return f.choice(f.group(this.att(p.a!, n, ok, k), p.b!), f.group(p.a!, this.att(p.b!, n, ok, k)));
      case K.Interleave:
        return f.choice(f.interleave(this.att(p.a!, n, ok, k), p.b!), f.interleave(p.a!, this.att(p.b!, n, ok, k)));
      case K.OneOrMore:
        return f.group(this.att(p.a!, n, ok, k), f.choice(p, f.empty));
      case K.Attribute:
        return ok.includes(p.id) ? f.empty : f.notAllowed;
      default:
        return f.notAllowed;
    }
  }

  startTagClose(p: P): P {
    if (!(p.flags & F.Attributes)) return p;
    const memo = memoOf(p);
    if (memo.startTagClose) return memo.startTagClose;
    const f = this.f;
    let r: P;
    switch (p.kind) {
      case K.After: r = f.after(this.startTagClose(p.a!), p.b!); break;
      case K.Choice: r = f.choice(this.startTagClose(p.a!), this.startTagClose(p.b!)); break;
      case K.Group: r = f.group(this.startTagClose(p.a!), this.startTagClose(p.b!)); break;
      case K.Interleave: r = f.interleave(this.startTagClose(p.a!), this.startTagClose(p.b!)); break;
      case K.OneOrMore: r = f.oneOrMore(this.startTagClose(p.a!)); break;
      case K.Attribute: r = f.notAllowed; break;
      default: r = p;
    }
    return (memo.startTagClose = r);
  }

  endTag(p: P): P {
    const memo = memoOf(p);
    if (memo.endTag) return memo.endTag;
    let r: P;
    if (p.kind === K.Choice) r = this.f.choice(this.endTag(p.a!), this.endTag(p.b!));
    else if (p.kind === K.After) r = p.a!.nullable ? p.b! : this.f.notAllowed;
    else r = this.f.notAllowed;
    return (memo.endTag = r);
  }

  /** Recovery: close the start tag as if every missing attribute had been given. */
  startTagCloseForced(p: P): P {
    const f = this.f;
    switch (p.kind) {
      case K.After: return f.after(this.startTagCloseForced(p.a!), p.b!);
      case K.Choice: return f.choice(this.startTagCloseForced(p.a!), this.startTagCloseForced(p.b!));
      case K.Group: return f.group(this.startTagCloseForced(p.a!), this.startTagCloseForced(p.b!));
      case K.Interleave: return f.interleave(this.startTagCloseForced(p.a!), this.startTagCloseForced(p.b!));
      case K.OneOrMore: return f.oneOrMore(this.startTagCloseForced(p.a!));
      case K.Attribute: return f.empty;
      default: return p;
    }
  }

  /** Recovery: leave an element whose content is incomplete, continuing with what follows it. */
  endTagForced(p: P): P {
    if (p.kind === K.Choice) return this.f.choice(this.endTagForced(p.a!), this.endTagForced(p.b!));
    if (p.kind === K.After) return p.b!;
    return this.f.notAllowed;
  }
}
