import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the generated files into `outDir`, removing files there that are no longer generated. */
export function writeGenerated(outDir: string, files: ReadonlyMap<string, string>): void {
  mkdirSync(outDir, { recursive: true });
  for (const stale of readdirSync(outDir)) if (!files.has(stale)) rmSync(join(outDir, stale), { recursive: true });
  for (const [name, content] of files) writeFileSync(join(outDir, name), content);
}
