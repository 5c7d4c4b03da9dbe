import { compileTables } from './compiled.js';
import { ModelError, ModelErrorCode } from './errors.js';
import { ATTRIBUTE, CHILD, EXTRA, plansOf, tagsOf, TEXT, UNKNOWN, type MemberPlan, type ShapePlan } from './format-plan.js';
import { writeGeneric } from './generic.js';
import { documentOrder, type GenericElement, type ModelObject } from './symbols.js';
import type { CodecTables } from './tables.js';
import { escapeAttributeValue, escapeContent, indentOf } from './writer.js';

export interface FormatOptions {
  /** Indent with two spaces, one element per line (default true); false writes one line. */
  readonly pretty?: boolean;
}

/**
 * The output is one string grown by `+=`: V8 keeps it as a rope and flattens it once at the
 * end, cheaper than an array of parts and a join. The root writes its content before its tag.
 */
class Writer {
  out = '';
  /** Canonical prefixes used by known elements and attributes: declared on the root. */
  used: Set<string> | undefined = undefined;
  constructor(readonly plans: readonly ShapePlan[], readonly namespaces: Readonly<Record<string, string>>) {}
}

/** A property the schema does not know, on its way up to formatWithTables, gathering its path. */
class UnknownMember {
  readonly path: (string | number)[];
  constructor(readonly qname: string, key: string) {
    this.path = [key];
  }
}

/** Formats the JSON form described by `tables` as XML. @throws ModelError */
export function formatWithTables(value: ModelObject, tables: CodecTables, options: FormatOptions = {}): string {
  const compiled = compileTables(tables);
  const pretty = options.pretty ?? true;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === '#unknown' && (value['#unknown'] as unknown[]).length === 1) {
    // a document whose root did not fit its shape is kept whole in generic form
    const out: string[] = [];
    writeGeneric(out, 0, pretty, (value['#unknown'] as GenericElement[])[0]!);
    return out.join('');
  }
  const w = new Writer(plansOf(compiled), tables.namespaces);
  const root: MemberPlan = { kind: CHILD, key: tables.root.qname, lead: '', prefix: '', shape: tables.root.shape, rank: 0, ...tagsOf(tables.root.qname) };
  try {
    writeElement(w, value, root, 0, pretty, true);
  } catch (e) {
    if (!(e instanceof UnknownMember)) throw e;
    const path = `/${e.path.join('/')}`;
    throw new ModelError(ModelErrorCode.UnknownProperty, `${path}: <${e.qname}> has no attribute or child element "${e.path[e.path.length - 1]}"`, path);
  }
  w.out.charCodeAt(0); // flattens the rope here, where the cost belongs, not in the caller's first read
  return w.out;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : String(v));

function writeElement(w: Writer, value: unknown, element: MemberPlan, depth: number, pretty: boolean, isRoot: boolean): void {
  const indent = pretty ? indentOf(depth) : '';
  const nl = pretty ? '\n' : '';
  if (typeof value !== 'object' || value === null) {
    const content = value === undefined || value === null ? '' : text(value);
    w.out += content === '' ? indent + element.empty + nl : indent + element.start + escapeContent(content) + element.end + nl;
    return;
  }
  const obj = value as ModelObject;
  const plan = w.plans[element.shape]!;
  let open = element.open;
  // One pass over the properties: attributes are written in the object's order, content
  // properties are collected with their values (the first apart: most elements have at most
  // one) and their items counted.
  let first: MemberPlan | undefined;
  let firstValue: unknown;
  let more: Content | undefined;
  let texts = 0;
  let elements = 0;
  let extras = false;
  for (const key in obj) {
    const m = plan.get(key);
    if (m === undefined) throw new UnknownMember(element.key, key);
    const v = obj[key];
    const kind = m.kind;
    if (kind === ATTRIBUTE) {
      if (v === undefined) continue;
      open += m.lead + escapeAttributeValue(text(v)) + "'";
      if (m.prefix !== '') (w.used ??= new Set()).add(m.prefix);
      continue;
    }
    if (kind === EXTRA) {
      extras = true;
      continue;
    }
    if (v === undefined) continue;
    if (kind === CHILD) elements += Array.isArray(v) ? v.length : 1;
    else if (kind === TEXT) texts++;
    else {
      if (!Array.isArray(v)) continue; // `#unknown` is a list or nothing
      for (const u of v) typeof u === 'string' ? texts++ : elements++;
    }
    if (first === undefined) (first = m), (firstValue = v);
    else if (more === undefined) more = { members: [first, m], values: [firstValue, v] };
    else more.members.push(m), more.values.push(v);
  }
  if (extras) open += extraAttributes(obj);
  const empty = first === undefined || texts + elements === 0;
  // text, alone or mixed with elements, is written inline so that it stays exactly as it is
  const inline = texts > 0;
  if (isRoot) {
    // The root's content is written first, so every namespace it uses is known for its tag.
    if (!empty) writeContent(w, obj, first!, firstValue, more, texts + elements, inline ? 0 : depth + 1, !inline && pretty);
    const own = (obj['#xmlns'] ?? {}) as Record<string, unknown>;
    const declarations = [...(w.used ?? [])].filter((p) => !(p in own)).sort()
      .map((p) => ` xmlns:${p}='${escapeAttributeValue(w.namespaces[p]!)}'`).join('');
    open += declarations;
    const content = w.out;
    w.out = empty ? `${indent}${open}/>${nl}` : inline ? `${indent}${open}>${content}${element.end}${nl}` : `${indent}${open}>${nl}${content}${indent}${element.end}${nl}`;
  } else if (empty) w.out += indent + open + '/>' + nl;
  else if (inline) {
    w.out += indent + open + '>';
    writeContent(w, obj, first!, firstValue, more, texts + elements, 0, false);
    w.out += element.end + nl;
  } else {
    w.out += indent + open + '>' + nl;
    writeContent(w, obj, first!, firstValue, more, texts + elements, depth + 1, pretty);
    w.out += indent + element.end + nl;
  }
}

/** Unknown attributes, then the namespace declarations unknown content needs. */
function extraAttributes(obj: ModelObject): string {
  let out = '';
  const unknown = obj['#attributes'];
  if (unknown) for (const [name, v] of Object.entries(unknown as object)) out += ` ${name}='${escapeAttributeValue(text(v))}'`;
  const xmlns = obj['#xmlns'];
  if (xmlns) for (const [prefix, uri] of Object.entries(xmlns as object)) out += ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}='${escapeAttributeValue(text(uri))}'`;
  return out;
}

/** Whether the value of a content property is a list of items (rather than one item). */
const isList = (m: MemberPlan, v: unknown): v is unknown[] => (m.kind === CHILD || m.kind === UNKNOWN) && Array.isArray(v);

/** The content properties of an element with their values, in the object's order. */
interface Content {
  readonly members: MemberPlan[];
  readonly values: unknown[];
}

/** Writes the items of a content property from its `from`-th on. */
function writeItems(w: Writer, m: MemberPlan, v: unknown, from: number, depth: number, pretty: boolean): void {
  if (isList(m, v)) for (let i = from; i < v.length; i++) writeItem(w, m, v[i], i, depth, pretty);
  else if (from === 0) writeItem(w, m, v, -1, depth, pretty);
}

/** Children and text in document order where known, then whatever is left in schema order. */
function writeContent(
  w: Writer, obj: ModelObject, first: MemberPlan, firstValue: unknown, more: Content | undefined, total: number, depth: number, pretty: boolean,
): void {
  // With one content property, document order and schema order are the same.
  if (more === undefined) return writeItems(w, first, firstValue, 0, depth, pretty);
  const { members, values } = more;
  // How many items of each property (by its index in `members`) are written.
  const taken = new Array<number>(members.length).fill(0);
  const order = obj[documentOrder];
  if (order !== undefined) {
    let written = 0;
    let at = 0;
    for (const key of order) {
      // the property named: the one named last, most often
      if (members[at]!.key !== key) {
        at = members.findIndex((m) => m.key === key);
        if (at === -1) {
          at = 0;
          continue; // not a content property of this object
        }
      }
      const m = members[at]!;
      const v = values[at];
      const next = taken[at]!;
      if (isList(m, v)) {
        if (next >= v.length) continue;
        writeItem(w, m, v[next], next, depth, pretty);
      } else {
        if (next > 0) continue;
        writeItem(w, m, v, -1, depth, pretty);
      }
      taken[at] = next + 1;
      written++;
    }
    if (written === total) return;
  }
  // Not covered by the document order (built or changed by hand): schema order.
  const byRank = members.map((_, i) => i).sort((a, b) => members[a]!.rank - members[b]!.rank);
  for (const i of byRank) writeItems(w, members[i]!, values[i], taken[i]!, depth, pretty);
}

function writeItem(w: Writer, m: MemberPlan, v: unknown, index: number, depth: number, pretty: boolean): void {
  if (m.kind === CHILD) {
    if (m.prefix !== '') (w.used ??= new Set()).add(m.prefix);
    try {
      writeElement(w, v, m, depth, pretty, false);
    } catch (e) {
      if (e instanceof UnknownMember) index >= 0 ? e.path.unshift(m.key, index) : e.path.unshift(m.key);
      throw e;
    }
  } else if (m.kind === TEXT || typeof v === 'string') w.out += escapeContent(text(v));
  else {
    const out: string[] = [];
    writeGeneric(out, depth, pretty, v as GenericElement);
    w.out += out.join('');
  }
}
