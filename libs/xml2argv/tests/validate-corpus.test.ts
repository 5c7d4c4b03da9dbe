import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libvirtCorpusDir } from '@virtkit/testkit';
import { describe, expect, it } from 'vitest';
import { parseDomain } from '@virtkit/model';
import { sameOutput } from '../src/conformance/compare.js';
import { entryCapabilities, entryRuntime } from '../src/conformance/entry-setup.js';
import type { ArgvEntry, ArgvManifest } from '../src/conformance/manifest.js';
import { Xml2ArgvError } from '../src/errors.js';
import { validateDomain } from '../src/validate/index.js';

const corpus = libvirtCorpusDir();

// Refusals the validator does not reproduce, with the reason. Shrink-only: the test fails when
// one of them starts to pass, so the list cannot hide progress or new regressions.
const KNOWN_MISSING: Record<string, string> = {
  'numatune-memnode-unavailable-strict.x86_64-latest': 'host NUMA availability is checked when memory backends are built, as libvirt does, not by validation',
  'numatune-memnode-unavailable-restrictive.x86_64-latest': 'host NUMA availability is checked when memory backends are built, as libvirt does, not by validation',
  'numatune-static-nodeset-exceed-hostnode': 'host NUMA availability is checked when memory backends are built, as libvirt does, not by validation',
  'hostdev-vfio-zpci-autogenerate-fids': 'zPCI id assignment is not modelled',
  'hostdev-vfio-zpci-duplicate': 'zPCI id reservation is not modelled',
};

/** What validation alone says about an entry: undefined when it accepts the domain. */
function validationVerdict(entry: ArgvEntry): string | undefined {
  const domain = parseDomain(readFileSync(join(corpus!, entry.input), 'utf8'), { file: entry.input });
  try {
    validateDomain(domain, entryCapabilities(corpus!, entry), entryRuntime(entry));
    return undefined;
  } catch (e) {
    expect(e, `${entry.id}: only typed errors`).toBeInstanceOf(Xml2ArgvError);
    return (e as Xml2ArgvError).message;
  }
}

describe.skipIf(!corpus)('validation against libvirt 9.0 qemuxml2argv', () => {
  const manifest = corpus ? (JSON.parse(readFileSync(join(corpus, 'xml2argv', 'manifest.json'), 'utf8')) as ArgvManifest) : undefined;
  const entries = manifest?.entries ?? [];

  it('accepts every domain libvirt builds a command line for (holdout included)', () => {
    const refused = entries
      .filter((e) => e.expect === 'args')
      .map((e) => [e.id, validationVerdict(e)] as const)
      .filter(([, verdict]) => verdict !== undefined);
    expect(refused).toEqual([]);
  });

  it("refuses every failure/parse-error entry with libvirt's exact message", () => {
    const differing: string[] = [];
    const matched: string[] = [];
    for (const e of entries) {
      if (e.expect === 'args' || !e.output || !existsSync(join(corpus!, e.output))) continue;
      const verdict = validationVerdict(e);
      const ok = verdict !== undefined && sameOutput(readFileSync(join(corpus!, e.output), 'utf8'), verdict, 'err');
      (ok ? matched : differing).push(e.id);
    }
    expect(differing.sort()).toEqual(Object.keys(KNOWN_MISSING).sort());
    expect(matched.length).toBeGreaterThan(0);
  });
});
