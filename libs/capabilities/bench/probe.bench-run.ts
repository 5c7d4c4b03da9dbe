import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { writeBenchmarkSection } from '@virtkit/testkit';
import { kvmUsable, probe } from '../src/index.js';

const QEMU = '/usr/bin/qemu-system-x86_64';
const RUNS = 5;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

it.skipIf(!existsSync(QEMU))('probe timing', async () => {
  const cold: number[] = [];
  const passes: Record<string, number[]> = {};
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = await probe(QEMU, { noCache: true });
    cold.push(performance.now() - t);
    for (const p of r.passes) (passes[p.accel] ??= []).push(p.ms);
  }
  const dir = mkdtempSync(join(tmpdir(), 'virtkit-bench-'));
  await probe(QEMU, { cacheDir: dir });
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await probe(QEMU, { cacheDir: dir });
    warm.push(performance.now() - t);
  }
  const f = (n: number): string => `${n.toFixed(1)} ms`;
  writeBenchmarkSection('capabilities', [
    '## @virtkit/capabilities: probing QEMU',
    '',
    `\`probe('${QEMU}')\`, median of ${RUNS} runs; KVM usable: ${kvmUsable() ? 'yes' : 'no'}.`,
    '',
    '| what | median |',
    '| --- | --- |',
    `| full probe, no cache | ${f(median(cold))} |`,
    ...Object.entries(passes).map(([accel, xs]) => `| of which the ${accel} pass (one QEMU process) | ${f(median(xs))} |`),
    `| probe served from the cache | ${f(median(warm))} |`,
  ].join('\n'));
});
