import { fromLibvirtXmlFile, fromReplies, probe, sortFlags, type QemuCapabilities } from '@virtkit/capabilities';
import { defaultEmulator } from '../emulator.js';
import { UsageError, type CliIo, type OptionSpec, type ParsedOptions } from '../io.js';

/** The options `loadCaps` reads, for every command that works on a QEMU's capabilities. */
export const CAPS_SOURCE_OPTIONS = { binary: 'value', caps: 'value', 'cache-dir': 'value', 'no-cache': 'flag' } as const satisfies OptionSpec;

/**
 * The capabilities a command works on: probed from `--binary` (default: the host's QEMU on PATH,
 * through the cache in `--cache-dir`), or read from `--caps` (libvirt `<qemuCaps>` XML or a
 * recorded `.replies` conversation).
 */
export async function loadCaps(opts: ParsedOptions, io: CliIo): Promise<QemuCapabilities> {
  const { binary, caps } = opts.values;
  if (binary !== undefined && caps !== undefined) throw new UsageError('give either --binary or --caps, not both');
  if (caps !== undefined) return caps.endsWith('.replies') ? fromReplies(caps) : fromLibvirtXmlFile(caps);
  const path = binary ?? defaultEmulator(io.env);
  if (!path) throw new UsageError('no qemu-system binary found on PATH; pass --binary PATH');
  const cacheDir = opts.values['cache-dir'];
  const result = await probe(path, { ...(cacheDir ? { cacheDir } : {}), noCache: opts.flags.has('no-cache') });
  for (const d of result.diagnostics) io.stderr.write(`virtkit: warning ${d.code}: ${d.message}\n`);
  return result.caps;
}

/** JSON form of capabilities: the flag set becomes a sorted array. */
export function capsToJson(caps: QemuCapabilities): string {
  return `${JSON.stringify({ ...caps, flags: sortFlags(caps.flags) }, null, 2)}\n`;
}
