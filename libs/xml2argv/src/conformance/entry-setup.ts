import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromLibvirtXml, type QemuCapabilities, type QemuFlag } from '@virtkit/capabilities';
import type { BuildOptions } from '../build/index.js';
import { libvirtTestRuntime, type QemuConfig, type Runtime } from '../runtime.js';
import { fakeCapabilities, splitMachineAliases } from './fake-caps.js';
import { corpusFirmwareLookup } from './firmware-dirs.js';
import { corpusStorage } from './storage-pools.js';
import type { ArgvEntry } from './manifest.js';

const capsCache = new Map<string, QemuCapabilities>();

/** The capabilities an entry runs with (fake set, or the dump plus added flags). */
export function entryCapabilities(corpus: string, entry: ArgvEntry): QemuCapabilities {
  if (entry.caps === 'fake') {
    const flags = [...(entry.qemuCaps ?? []), ...(entry.implicitQemuCaps ?? [])];
    return fakeCapabilities(entry.arch, flags, { skipLegacyCpus: entry.flags?.includes('FLAG_SKIP_LEGACY_CPUS'), gic: gicArg(entry) });
  }
  const file = entry.capsFile!;
  let caps = capsCache.get(file);
  if (!caps) {
    caps = fromLibvirtXml(readFileSync(join(corpus, file), 'utf8'), { file });
    if (entry.caps === 'latest') caps = splitMachineAliases(caps);
    capsCache.set(file, caps);
  }
  if (entry.qemuCapsAdd?.length) {
    caps = { ...caps, flags: new Set([...caps.flags, ...(entry.qemuCapsAdd as QemuFlag[])]) };
  }
  return caps;
}

const BOOLS = new Set(['chardevTLS', 'chardevTLSx509verify', 'dumpGuestCore', 'nogfxAllowHostAudio', 'spiceAutoUnixSocket',
  'spiceSASL', 'vncAllowHostAudio', 'vncAutoUnixSocket', 'vncSASL', 'vncTLS', 'vncTLSx509verify', 'vxhsTLS']);

/** The runtime of an entry: libvirt's test baseline plus the entry's config and environment. */
export function entryRuntime(entry: ArgvEntry, corpus?: string): Runtime {
  const config: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entry.config ?? {})) config[k] = BOOLS.has(k) ? Boolean(v) : v;
  const env: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(entry.env ?? {})) env[k] = v ?? undefined;
  const runtime = libvirtTestRuntime({
    config: config as Partial<QemuConfig>,
    env,
    ...(corpus ? { firmware: corpusFirmwareLookup(corpus) } : {}),
    host: { arch: entry.host?.arch ?? 'x86_64', ...(entry.host?.cpu ? { cpuModel: entry.host.cpu } : {}), fips: entry.flags?.includes('FLAG_FIPS_HOST') ?? false },
  });
  // Volumes of the storage pools the fake storage driver defines come from the corpus.
  if (!corpus || !runtime.devices) return runtime;
  return { ...runtime, devices: { ...runtime.devices, storageVolume: corpusStorage(corpus, runtime.devices) } };
}

/** Per-start options of an entry: the migration source libvirt's harness passes (`ARG_MIGRATE_FROM`/`_FD`). */
export function entryBuildOptions(entry: ArgvEntry): BuildOptions {
  const from = entry.extra?.ARG_MIGRATE_FROM;
  if (typeof from !== 'string') return {};
  const fd = entry.extra?.ARG_MIGRATE_FD;
  return { incoming: { uri: from, ...(typeof fd === 'number' ? { fd } : {}) } };
}

function gicArg(entry: ArgvEntry): string | undefined {
  const gic = entry.extra?.ARG_GIC;
  return typeof gic === 'string' ? gic : undefined;
}
