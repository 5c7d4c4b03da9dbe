// Many files on several threads: the report must be the one a single thread writes, in input order.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from './cli-process.js';
import { corpus } from './paths.js';

let dir: string;
const FILES = 450;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vk-parallel-'));
  const valid = readFileSync(corpus('minimal.xml'), 'utf8');
  const invalid = ['unknown-device-invalid.xml', 'disk-bus-invalid.xml', 'missing-name-invalid.xml', 'domain-type-invalid.xml']
    .map((name) => readFileSync(corpus(name), 'utf8'));
  mkdirSync(join(dir, 'vms'));
  for (let i = 0; i < FILES; i++) {
    const text = i % 9 === 4 ? invalid[i % invalid.length]! : i === 300 ? '<domain><name>x</nam></domain>' : valid;
    writeFileSync(join(dir, 'vms', `vm${String(i).padStart(3, '0')}.xml`), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parallel runs', () => {
  it('report exactly what one thread reports, in input order, in every format', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const one = runProcess(['-f', format, '-j', '1', 'vms'], { cwd: dir });
      const three = runProcess(['-f', format, '-j', '3', 'vms'], { cwd: dir });
      expect(one.status).toBe(1);
      expect(three, format).toEqual(one);
    }
    const text = runProcess(['-j', '3', 'vms'], { cwd: dir }).stdout;
    const files = [...text.matchAll(/^vms\/vm(\d{3})\.xml:/gm)].map((m) => Number(m[1]));
    expect(files).toEqual([...files].sort((a, b) => a - b));
    expect(new Set(files).size).toBe(Math.ceil((FILES - 4) / 9) + 1);
    expect(text).toMatch(/^vms\/vm300\.xml:1:\d+: error\[1\d{3}\]/m);
    expect(text.endsWith(`${FILES} files checked: ${FILES - new Set(files).size} valid, ${new Set(files).size} invalid\n`)).toBe(true);
  });
});
