// Helpers shared by the suites that read libvirt's capability dumps from ../shared.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { libvirtCorpusDir } from '@virtkit/testkit';

export const corpus = libvirtCorpusDir();

/** `caps_VER.ARCH` stems of every capability dump, x86_64 first. */
export function capsStems(): string[] {
  if (!corpus) return [];
  const stems = readdirSync(join(corpus, 'caps')).filter((f) => f.endsWith('.xml')).map((f) => f.slice(0, -4));
  const arch = (s: string): string => s.split('.').slice(3).join('.');
  return stems.sort((a, b) => (arch(a) === 'x86_64' ? 0 : 1) - (arch(b) === 'x86_64' ? 0 : 1) || a.localeCompare(b));
}

export const capsPath = (stem: string, ext: 'xml' | 'replies'): string => join(corpus!, 'caps', `${stem}.${ext}`);
