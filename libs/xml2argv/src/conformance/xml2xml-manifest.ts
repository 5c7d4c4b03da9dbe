import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccelCapabilities, QemuCapabilities } from '@virtkit/capabilities';
import type { Runtime } from '../runtime.js';
import { entryCapabilities, entryRuntime } from './entry-setup.js';
import type { ArgvEntry, CorpusEntry } from './manifest.js';

/** One run (inactive or active) of libvirt's qemuxml2xml test as the corpus manifest records it. */
export interface XmlEntry extends CorpusEntry {
  /** `NAME+SUFFIX:when`; not unique (see `occurrence`). */
  readonly id: string;
  readonly when: 'inactive' | 'active';
  readonly output: string;
  readonly outputIdenticalToInput: boolean;
  readonly flags: { readonly when: string; readonly parse: readonly string[]; readonly format: readonly string[] };
}

export interface XmlManifest {
  readonly entries: readonly XmlEntry[];
}

export function readXmlManifest(corpus: string): XmlManifest {
  return JSON.parse(readFileSync(join(corpus, 'xml2xml', 'manifest.json'), 'utf8')) as XmlManifest;
}

/**
 * The argv-shaped view of an xml2xml entry, so both runners share one capability and runtime
 * setup. The xml2xml harness never changes the host (x86_64, CPU from the environment).
 */
function asArgvEntry(entry: XmlEntry): ArgvEntry {
  return {
    index: entry.index, id: entry.id, name: entry.name, arch: entry.arch, caps: entry.caps, expect: 'args', input: entry.input,
    ...(entry.capsFile ? { capsFile: entry.capsFile } : {}),
    ...(entry.qemuCaps ? { qemuCaps: entry.qemuCaps } : {}),
    ...(entry.implicitQemuCaps ? { implicitQemuCaps: entry.implicitQemuCaps } : {}),
    ...(entry.qemuCapsAdd ? { qemuCapsAdd: entry.qemuCapsAdd } : {}),
    ...(entry.config ? { config: entry.config } : {}),
    ...(entry.env ? { env: entry.env } : {}),
    host: { arch: 'x86_64', cpu: entry.env?.VIR_TEST_MOCK_FAKE_HOST_CPU ?? null },
  };
}

/**
 * Capabilities of an entry. Fake sets differ from the argv harness: no arch-specific basic
 * flags (the manifest's implicit flags already say so) and no CPU models.
 */
export function xmlEntryCapabilities(corpus: string, entry: XmlEntry): QemuCapabilities {
  const caps = entryCapabilities(corpus, asArgvEntry(entry));
  if (entry.caps !== 'fake') return caps;
  const strip = (a: AccelCapabilities | undefined): AccelCapabilities | undefined => (a ? { ...a, cpuModels: [] } : a);
  return { ...caps, tcg: strip(caps.tcg), kvm: strip(caps.kvm) };
}

export function xmlEntryRuntime(entry: XmlEntry): Runtime {
  return entryRuntime(asArgvEntry(entry));
}
