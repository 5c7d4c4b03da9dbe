import type { NameClass } from './ir.js';

/** True when the name class admits the name {ns}local. */
export function nameClassContains(nc: NameClass, ns: string, local: string): boolean {
  switch (nc.kind) {
    case 'name':
      return nc.ns === ns && nc.local === local;
    case 'anyName':
      return !nc.except || !nameClassContains(nc.except, ns, local);
    case 'nsName':
      return nc.ns === ns && (!nc.except || !nameClassContains(nc.except, ns, local));
    case 'choice':
      return nc.options.some((o) => nameClassContains(o, ns, local));
  }
}

// A namespace URI and a local name that no schema can mention, standing for "any other".
const OTHER_NS = '\u0000other-ns';
const OTHER_LOCAL = '\u0000other';

function representatives(nc: NameClass, out: [string, string][]): void {
  switch (nc.kind) {
    case 'name':
      out.push([nc.ns, nc.local]);
      break;
    case 'anyName':
      out.push([OTHER_NS, OTHER_LOCAL]);
      if (nc.except) representatives(nc.except, out);
      break;
    case 'nsName':
      out.push([nc.ns, OTHER_LOCAL]);
      if (nc.except) representatives(nc.except, out);
      break;
    case 'choice':
      for (const o of nc.options) representatives(o, out);
  }
}

/**
 * True when some name belongs to both classes. Checking a representative of every region the two
 * classes distinguish is enough (the method of the spec's section 7 reference implementation).
 */
export function nameClassesOverlap(a: NameClass, b: NameClass): boolean {
  if (a.kind === 'name' && b.kind === 'name') return a.ns === b.ns && a.local === b.local;
  const names: [string, string][] = [];
  representatives(a, names);
  representatives(b, names);
  return names.some(([ns, local]) => nameClassContains(a, ns, local) && nameClassContains(b, ns, local));
}

/** True when the class admits infinitely many names (anyName or nsName somewhere). */
export function isInfinite(nc: NameClass): boolean {
  if (nc.kind === 'anyName' || nc.kind === 'nsName') return true;
  return nc.kind === 'choice' && nc.options.some(isInfinite);
}

/** The names a class lists explicitly, written as `local` or `{ns}local`; for messages. */
export function listNames(nc: NameClass, out: string[] = []): string[] {
  switch (nc.kind) {
    case 'name':
      out.push(nc.ns ? `{${nc.ns}}${nc.local}` : nc.local);
      break;
    case 'anyName':
      out.push('*');
      break;
    case 'nsName':
      out.push(`{${nc.ns}}*`);
      break;
    case 'choice':
      for (const o of nc.options) listNames(o, out);
  }
  return out;
}
