import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { probe } from '@virtkit/capabilities';
import { parseDomain } from '@virtkit/model';
import { repoRoot } from '@virtkit/testkit';
import { renderArgs } from '../argv/render.js';
import { buildCommandLine } from '../build/index.js';
import type { ArgvManifest } from '../conformance/manifest.js';
import { standaloneRuntime } from '../runtime.js';

const QEMU = '/usr/bin/qemu-system-x86_64';
const SAMPLE = 40;

/**
 * Times `virsh domxml-to-native qemu-argv` (one process per domain, against a running libvirtd and
 * the host's QEMU) next to virtkit on the same files: in-process with the same QEMU's probed
 * capabilities, and as `virtkit domxml-to-native --binary` processes. Returns markdown, or a line
 * saying why no comparison was possible.
 */
export async function compareWithVirsh(corpus: string, manifest: ArgvManifest): Promise<string> {
  const virsh = spawnSync('virsh', ['-c', 'qemu:///system', 'version'], { encoding: 'utf8', timeout: 5000 });
  if (virsh.status !== 0 || !existsSync(QEMU)) {
    return '`virsh domxml-to-native` was not compared: no libvirtd answers on qemu:///system here (or no QEMU).';
  }
  const files = [...new Set(manifest.entries
    .filter((e) => e.arch === 'x86_64' && e.caps === 'latest' && e.expect === 'args' && !e.hidden)
    .map((e) => join(corpus, e.input)))].slice(0, SAMPLE);
  const timeProcess = (cmd: string, args: string[]) => {
    const start = process.hrtime.bigint();
    const run = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, ok: run.status === 0 };
  };
  const virshRuns = files.map((f) => timeProcess('virsh', ['-c', 'qemu:///system', 'domxml-to-native', 'qemu-argv', f]));
  const cli = join(repoRoot, 'apps', 'cli', 'dist', 'virtkit.js');
  const cliRuns = existsSync(cli) ? files.map((f) => timeProcess(process.execPath, [cli, 'domxml-to-native', '--binary', QEMU, f])) : [];
  const caps = (await probe(QEMU)).caps;
  const runtime = standaloneRuntime();
  let built = 0;
  const start = process.hrtime.bigint();
  for (const f of files) {
    try {
      renderArgs(buildCommandLine(parseDomain(readFileSync(f, 'utf8'), { file: f }), caps, runtime));
      built++;
    } catch {
      // refused domains are timed too
    }
  }
  const inProcessMs = Number(process.hrtime.bigint() - start) / 1e6;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const row = (what: string, ms: number, ok: number) => `| ${what} | ${ms.toFixed(2)} ms | ${ok}/${files.length} |`;
  return [
    `Against libvirt itself: the first ${files.length} visible x86_64 \`latest\` inputs, each converted with the host's QEMU 7.2`,
    '(libvirtd 9.0.0 from Debian on qemu:///system; virtkit with the same binary\'s probed capabilities). Median per domain:',
    '',
    '| tool | per domain | command lines produced |',
    '|---|---:|---:|',
    row('`virsh -c qemu:///system domxml-to-native qemu-argv FILE` (one process each)', median(virshRuns.map((r) => r.ms)), virshRuns.filter((r) => r.ok).length),
    ...(cliRuns.length ? [row('`virtkit domxml-to-native --binary /usr/bin/qemu-system-x86_64 FILE` (one process each)', median(cliRuns.map((r) => r.ms)), cliRuns.filter((r) => r.ok).length)] : []),
    row('`buildCommandLine` in one process (mean, cold)', inProcessMs / files.length, built),
  ].join('\n');
}
