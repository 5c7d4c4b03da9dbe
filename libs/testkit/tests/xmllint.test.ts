import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseXmllintOutput, runXmllint, XmllintSchemaError, XmllintTimeoutError } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'testkit-xmllint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const schema = write(
  'tiny.rng',
  `<element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><attribute name="n"><choice><value>1</value><value>2</value></choice></attribute></element>`,
);

describe('runXmllint', () => {
  it('gives one verdict per file across several chunks', async () => {
    const good1 = write('good 1.xml', '<a n="1"/>');
    const good2 = write('good2.xml', '<a n="2"/>');
    const bad = write('bad.xml', '<a n="3"/>');
    const broken = write('broken.xml', '<a n="1">');
    const verdicts = await runXmllint([good1, bad, good2, broken], { schema, chunkSize: 2 });
    expect([...verdicts.keys()]).toEqual([good1, bad, good2, broken]);
    expect(verdicts.get(good1)?.valid).toBe(true);
    expect(verdicts.get(good2)?.valid).toBe(true);
    expect(verdicts.get(bad)?.valid).toBe(false);
    expect(verdicts.get(bad)?.messages.join('\n')).toMatch(/attribute n|Element a/);
    expect(verdicts.get(broken)?.valid).toBe(false);
    expect(verdicts.get(broken)?.messages.length).toBeGreaterThan(0);
  });

  it('refuses to report verdicts against a schema that does not compile', async () => {
    const badSchema = write('bad.rng', '<element xmlns="http://relaxng.org/ns/structure/1.0"><ref name="x"/></element>');
    const doc = write('doc.xml', '<a n="1"/>');
    await expect(runXmllint([doc], { schema: badSchema })).rejects.toBeInstanceOf(XmllintSchemaError);
  });

  it('kills an invocation that exceeds the time limit', async () => {
    // A script that never answers stands in for a validator stuck on a pathological document.
    const stuck = write('stuck.sh', '#!/bin/sh\nexec sleep 30\n');
    chmodSync(stuck, 0o755);
    const doc = write('slow.xml', '<a n="1"/>');
    await expect(runXmllint([doc], { schema, binary: stuck, timeoutMs: 200 })).rejects.toBeInstanceOf(XmllintTimeoutError);
  });
});

describe('parseXmllintOutput', () => {
  it('attributes messages to the longest matching file name', () => {
    const out = ['/x/a.xml.bak:3: element b: error', '/x/a.xml:1: element a: other', '/x/a.xml fails to validate', '/x/a.xml.bak validates'].join('\n');
    const verdicts = parseXmllintOutput(out, ['/x/a.xml', '/x/a.xml.bak']);
    expect(verdicts.get('/x/a.xml')).toEqual({ valid: false, messages: ['1: element a: other'] });
    expect(verdicts.get('/x/a.xml.bak')).toEqual({ valid: true, messages: ['3: element b: error'] });
  });
});
