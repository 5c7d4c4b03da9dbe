import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './corpus.js';

/**
 * Replaces one package's section of BENCHMARKS.md (between `<!-- bench:NAME -->` markers),
 * leaving the other sections alone, so every package's `bench` target can record its figures.
 */
export function writeBenchmarkSection(name: string, markdown: string): void {
  const file = join(repoRoot, 'BENCHMARKS.md');
  const header = '# Benchmarks\n\nFigures written by `npm run bench` (each section by its package\'s `bench` target). Timings never gate tests.\n';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : header;
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const machine = `_Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}._`;
  const block = `${open}\n${markdown.trim()}\n\n${machine}\n${close}`;
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next = start >= 0 && end > start
    ? current.slice(0, start) + block + current.slice(end + close.length)
    : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
