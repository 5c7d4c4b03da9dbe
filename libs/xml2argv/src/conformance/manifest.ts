/** What every entry of libvirt's test manifests (xml2argv and xml2xml) records about one test run. */
export interface CorpusEntry {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly arch: string;
  /** `latest`, a QEMU version such as `7.2.0`, or `fake`. */
  readonly caps: string;
  readonly capsFile?: string;
  readonly qemuCaps?: readonly string[];
  readonly implicitQemuCaps?: readonly string[];
  readonly qemuCapsAdd?: readonly string[];
  readonly input: string;
  readonly extra?: Readonly<Record<string, unknown>>;
  readonly config?: Readonly<Record<string, unknown>>;
  readonly env?: Readonly<Record<string, string | null>>;
  readonly occurrence?: number;
}

/** One invocation of libvirt's qemuxml2argv test as the corpus manifest records it. */
export interface ArgvEntry extends CorpusEntry {
  readonly expect: 'args' | 'failure' | 'parse-error';
  readonly output?: string;
  readonly hidden?: boolean;
  readonly flags?: readonly string[];
  readonly host?: { readonly arch: string; readonly cpu: string | null };
}

export interface ArgvManifest {
  readonly entries: readonly ArgvEntry[];
}

/** Output file name of an entry: `<id>`, or `<id>~<n>` for the n-th (n ≥ 2) run of a repeated id. */
export function outputStem(entry: ArgvEntry, seen: Map<string, number>): string {
  const n = (seen.get(entry.id) ?? 0) + 1;
  seen.set(entry.id, n);
  return n === 1 ? entry.id : `${entry.id}~${n}`;
}
