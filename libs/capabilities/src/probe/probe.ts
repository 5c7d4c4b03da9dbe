import { accessSync, constants, statSync } from 'node:fs';
import { deriveMainPass, deriveTcgPass, finishDraft, needsTcgPass, RequiredReplyError } from '../derive/derive.js';
import { CapsCode, ProbeError } from '../errors.js';
import { QmpTransportError } from '../qmp/client.js';
import type { QmpSession } from '../qmp/session.js';
import type { CapsDiagnostic, QemuCapabilities } from '../types.js';
import { defaultCacheDir, readCache, writeCache, type CacheKey } from './cache.js';
import { launchForProbe, type ProbeProcess } from './launch.js';

export interface ProbeOptions {
  /** Where results are cached; default `$XDG_CACHE_HOME/virtkit/qemu-capabilities`. */
  readonly cacheDir?: string;
  /** Skip the cache entirely (neither read nor written). */
  readonly noCache?: boolean;
  /** Bound on every single wait (start-up, handshake, each command). Default 15000 ms. */
  readonly timeoutMs?: number;
  /** Use KVM when usable. Default: whether /dev/kvm can be opened read-write. */
  readonly kvm?: boolean;
}

export interface ProbeResult {
  readonly caps: QemuCapabilities;
  /** True when served from the cache without starting the binary. */
  readonly fromCache: boolean;
  /** Warnings (corrupt or unwritable cache). */
  readonly diagnostics: readonly CapsDiagnostic[];
  /** Milliseconds spent in each QEMU process (empty for a cache hit). */
  readonly passes: readonly { readonly accel: 'kvm' | 'tcg'; readonly ms: number }[];
}

/** Whether this process could use KVM: /dev/kvm exists and is readable and writable. */
export function kvmUsable(): boolean {
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Wraps a session so that a dead or silent QEMU surfaces as a typed ProbeError. */
function guarded(proc: ProbeProcess, binary: string): QmpSession {
  return {
    execute: async (command, args) => {
      try {
        return await proc.client.execute(command, args);
      } catch (e) {
        if (!(e instanceof QmpTransportError)) throw e;
        const code = e.reason === 'timeout' ? CapsCode.ProbeTimeout : CapsCode.ProbeDied;
        const exit = code === CapsCode.ProbeDied ? await Promise.race([proc.exited, new Promise<string>((r) => setTimeout(() => r('closed its monitor'), 500))]) : '';
        throw new ProbeError(code, `${e.message} during '${command}'${exit ? ` (QEMU ${exit})` : ''}`, binary, proc.stderr());
      }
    },
  };
}

async function runPass<T>(binary: string, accel: 'kvm' | 'tcg', timeoutMs: number, work: (s: QmpSession) => Promise<T>): Promise<T> {
  const proc = await launchForProbe(binary, { accel, timeoutMs });
  try {
    return await work(guarded(proc, binary));
  } catch (e) {
    if (e instanceof RequiredReplyError) {
      const code = e.detail.includes('older than') ? CapsCode.QemuTooOld : CapsCode.QmpCommandFailed;
      throw new ProbeError(code, e.message, binary, proc.stderr());
    }
    throw e;
  } finally {
    await proc.stop();
  }
}

/**
 * Learns what a QEMU binary supports by starting it (no guest) and asking over QMP the questions
 * libvirt asks: a first pass with KVM when usable, then a TCG-only pass for TCG's machine types and
 * CPU models. Results are cached per binary path and invalidated when the binary's mtime or size,
 * or KVM availability, changes.
 *
 * @throws ProbeError with a CapsCode: 6001 missing binary, 6002 not QEMU, 6003 timeout, 6004 died,
 *   6005 a required command failed, 6006 QEMU too old.
 */
export async function probe(binary: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  const timeoutMs = options.timeoutMs ?? 15000;
  let st;
  try {
    st = statSync(binary);
    accessSync(binary, constants.X_OK);
  } catch (e) {
    throw new ProbeError(CapsCode.BinaryNotFound, `not an executable file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, binary);
  }
  if (!st.isFile()) throw new ProbeError(CapsCode.BinaryNotFound, 'not a regular file', binary);
  const useKvm = options.kvm ?? kvmUsable();
  const key: CacheKey = { binary, mtimeMs: st.mtimeMs, size: st.size, kvmUsable: useKvm };
  const dir = options.cacheDir ?? defaultCacheDir();
  const diagnostics: CapsDiagnostic[] = [];
  if (!options.noCache) {
    const hit = readCache(dir, key);
    if (hit.state === 'hit') return { caps: hit.caps, fromCache: true, diagnostics, passes: [] };
    if (hit.state === 'corrupt') diagnostics.push(hit.diagnostic);
  }

  const passes: { accel: 'kvm' | 'tcg'; ms: number }[] = [];
  const firstAccel = useKvm ? 'kvm' : 'tcg';
  let t0 = performance.now();
  const draft = await runPass(binary, firstAccel, timeoutMs, (s) => deriveMainPass(s, binary));
  passes.push({ accel: firstAccel, ms: performance.now() - t0 });
  if (needsTcgPass(draft)) {
    t0 = performance.now();
    await runPass(binary, 'tcg', timeoutMs, (s) => deriveTcgPass(s, draft));
    passes.push({ accel: 'tcg', ms: performance.now() - t0 });
  }
  const caps = finishDraft(draft, { qemuCtime: Math.floor(st.ctimeMs / 1000) });
  if (!options.noCache) {
    const warning = writeCache(dir, key, caps);
    if (warning) diagnostics.push(warning);
  }
  return { caps, fromCache: false, diagnostics, passes };
}
