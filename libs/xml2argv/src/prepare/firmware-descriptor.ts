import type { FirmwareDescriptorFile } from '../runtime.js';

/** The parts of a QEMU firmware descriptor (docs/interop/firmware.json) that selection reads. */
export interface FirmwareDescriptor {
  /** Base name of the file: descriptors are ranked by it. */
  readonly name: string;
  readonly interfaces: readonly string[];
  readonly mapping: FirmwareMapping;
  readonly targets: readonly { readonly architecture: string; readonly machines: readonly string[] }[];
  readonly features: ReadonlySet<string>;
}

export type FirmwareMapping =
  | { readonly device: 'memory'; readonly filename: string }
  | {
    readonly device: 'flash';
    readonly mode: 'split' | 'combined' | 'stateless';
    readonly executable: FlashFile;
    readonly nvramTemplate?: FlashFile;
  }
  | { readonly device: 'kernel' | 'other' };

interface FlashFile {
  readonly filename: string;
  readonly format: string;
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * The descriptors in effect, best first: a file overrides any earlier one with the same base
 * name (so the host's /etc and the user's directory win over the vendor's), an empty file
 * only hides the one it overrides, and the survivors are ranked by base name. Files that are
 * not JSON objects are skipped, as QEMU's spec asks of consumers.
 */
export function effectiveDescriptors(files: readonly FirmwareDescriptorFile[]): FirmwareDescriptor[] {
  const byName = new Map<string, FirmwareDescriptorFile>();
  for (const f of files) if (f.path.endsWith('.json')) byName.set(baseName(f.path), f);
  const out: FirmwareDescriptor[] = [];
  for (const name of [...byName.keys()].sort()) {
    const file = byName.get(name)!;
    if (file.text.trim() === '') continue;
    const parsed = parseDescriptor(name, file.text);
    if (parsed) out.push(parsed);
  }
  return out;
}

function parseDescriptor(name: string, text: string): FirmwareDescriptor | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(raw)) return undefined;
  const mapping = parseMapping(raw.mapping);
  if (!mapping) return undefined;
  const targets = Array.isArray(raw.targets) ? raw.targets.filter(isObject).map((t) => ({
    architecture: String(t.architecture ?? ''),
    machines: Array.isArray(t.machines) ? t.machines.map(String) : [],
  })) : [];
  return {
    name,
    interfaces: Array.isArray(raw['interface-types']) ? raw['interface-types'].map(String) : [],
    mapping,
    targets,
    features: new Set(Array.isArray(raw.features) ? raw.features.map(String) : []),
  };
}

function parseMapping(m: unknown): FirmwareMapping | undefined {
  if (!isObject(m)) return undefined;
  if (m.device === 'memory') return typeof m.filename === 'string' ? { device: 'memory', filename: m.filename } : undefined;
  if (m.device === 'flash') {
    const executable = flashFile(m.executable);
    if (!executable) return undefined;
    const mode = m.mode === 'combined' || m.mode === 'stateless' ? m.mode : 'split';
    const nvramTemplate = flashFile(m['nvram-template']);
    return { device: 'flash', mode, executable, ...(nvramTemplate ? { nvramTemplate } : {}) };
  }
  return m.device === 'kernel' ? { device: 'kernel' } : { device: 'other' };
}

function flashFile(v: unknown): FlashFile | undefined {
  if (!isObject(v) || typeof v.filename !== 'string') return undefined;
  return { filename: v.filename, format: typeof v.format === 'string' ? v.format : 'raw' };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Shell-style glob match (`*`, `?`) as the descriptors use for machine types. */
export function globMatch(pattern: string, value: string): boolean {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.');
  return new RegExp(`^${re}$`).test(value);
}
