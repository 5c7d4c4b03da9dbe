// Name coverage: every element and attribute name that libvirt 9.0's domain schema can reach
// from its start pattern must be reachable in ours too, including names no corpus document
// uses. libvirt's installed schema is only read here, as an oracle. Names are compared in the
// simplified grammars (RELAX NG section 4), where a name that sits under notAllowed or in an
// unreachable define has been removed: what counts is what some document can actually contain.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGrammar, simplifyGrammar, type NameClass, type Pattern, type ResolvedGrammar } from '@virtkit/relaxng';
import { libvirtSchemaDir, repoRoot } from '@virtkit/testkit';

interface Names {
  readonly elements: Set<string>;
  readonly attributes: Set<string>;
  /** Name classes that are not plain names (anyName, nsName), described for the report. */
  readonly wildcards: Set<string>;
}

const key = (ns: string, local: string): string => (ns === '' ? local : `{${ns}}${local}`);

function describeClass(nc: NameClass): string {
  switch (nc.kind) {
    case 'name': return key(nc.ns, nc.local);
    case 'anyName': return nc.except ? `* - (${describeClass(nc.except)})` : '*';
    case 'nsName': return `{${nc.ns}}*${nc.except ? ` - (${describeClass(nc.except)})` : ''}`;
    case 'choice': return nc.options.map(describeClass).join(' | ');
  }
}

function addNames(nc: NameClass, into: Set<string>, names: Names, what: string): void {
  switch (nc.kind) {
    case 'name': into.add(key(nc.ns, nc.local)); break;
    case 'choice': nc.options.forEach((option) => addNames(option, into, names, what)); break;
    // Wildcards admit open-ended content (metadata, namespaced extensions): listed, not compared.
    default: names.wildcards.add(`${what} ${describeClass(nc)}`);
  }
}

/** The element and attribute names reachable from the start pattern, following refs once each. */
function reachableNames(grammar: ResolvedGrammar): Names {
  const names: Names = { elements: new Set(), attributes: new Set(), wildcards: new Set() };
  const visitedDefines = new Set<string>();
  const pending: Pattern[] = [grammar.start];
  for (let p = pending.pop(); p !== undefined; p = pending.pop()) {
    switch (p.kind) {
      case 'ref': {
        if (visitedDefines.has(p.name)) break;
        visitedDefines.add(p.name);
        const define = grammar.defines.get(p.name);
        if (define === undefined) throw new Error(`reference to undefined define ${p.name}`);
        pending.push(define.pattern);
        break;
      }
      case 'element': addNames(p.name, names.elements, names, 'element'); pending.push(p.content); break;
      case 'attribute': addNames(p.name, names.attributes, names, 'attribute'); pending.push(p.content); break;
      case 'group': case 'interleave': case 'choice': pending.push(...p.patterns); break;
      case 'optional': case 'zeroOrMore': case 'oneOrMore': case 'mixed': case 'list': pending.push(p.content); break;
      case 'data': if (p.except) pending.push(p.except); break;
      default: break;
    }
  }
  return names;
}

const minus = (a: Set<string>, b: Set<string>): string[] => [...a].filter((name) => !b.has(name)).sort();

const libvirtDir = libvirtSchemaDir();

describe.skipIf(libvirtDir === undefined && !process.env.CI)('name coverage against libvirt 9.0’s domain schema', () => {
  const ourGrammar = readGrammar(join(repoRoot, 'schemas', 'rng', 'domain.rng'));
  const theirGrammar = readGrammar(join(libvirtDir ?? '/usr/share/libvirt/schemas', 'domain.rng'));
  const ours = reachableNames(simplifyGrammar(ourGrammar));
  const theirs = reachableNames(simplifyGrammar(theirGrammar));

  it('reads a plausible number of names from both grammars', () => {
    console.info(
      `libvirt: ${theirs.elements.size} element and ${theirs.attributes.size} attribute names; `
      + `ours: ${ours.elements.size} element and ${ours.attributes.size} attribute names`,
    );
    console.info(`wildcards: libvirt [${[...theirs.wildcards].join('; ')}], ours [${[...ours.wildcards].join('; ')}]`);
    expect(theirs.elements.size).toBeGreaterThan(300);
    expect(theirs.attributes.size).toBeGreaterThan(250);
    // Names are compared with their namespace: the hypervisor extension elements carry one.
    expect(theirs.elements.has('{http://libvirt.org/schemas/domain/qemu/1.0}commandline')).toBe(true);
    expect(theirs.elements.has('commandline')).toBe(false);
  });

  it('loses no name in simplification that the grammar as written declares', () => {
    // A name written in our files but removed by simplification is dead text (e.g. under notAllowed).
    const written = reachableNames(ourGrammar);
    expect(minus(written.elements, ours.elements)).toEqual([]);
    expect(minus(written.attributes, ours.attributes)).toEqual([]);
  });

  it('declares every element name libvirt declares', () => {
    expect(minus(theirs.elements, ours.elements)).toEqual([]);
  });

  it('declares every attribute name libvirt declares', () => {
    expect(minus(theirs.attributes, ours.attributes)).toEqual([]);
  });

  it('declares no element or attribute name libvirt does not', () => {
    const extra = [...minus(ours.elements, theirs.elements).map((n) => `<${n}>`), ...minus(ours.attributes, theirs.attributes).map((n) => `@${n}`)];
    if (extra.length > 0) console.info(`names only we declare: ${extra.join(', ')}`);
    expect(extra).toEqual([]);
  });
});
