import { describe, expect, it } from 'vitest';
import { formatDomain, parseDomain } from '../src/index.js';
import { domainCorpus } from './helpers/corpus.js';

/**
 * libvirt's own output (tests/qemuxml2xmloutdata: what libvirt writes after parsing) must come
 * back byte for byte: same indentation, quotes, escaping, attribute and element order.
 * Known differences, each with its reason:
 */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'domain/qemuxml2xmloutdata/hyperv-passthrough.xml':
    'libvirt writes an empty <hyperv mode="passthrough"> as an open/close pair around a line break; white space the schema gives no meaning to',
};

const outputs = domainCorpus()?.filter((d) => d.file.startsWith('domain/qemuxml2xmloutdata/'));

describe.skipIf(!outputs)("libvirt's layout", () => {
  it("formats libvirt's own output files byte for byte", () => {
    const differing: string[] = [];
    for (const doc of outputs!) {
      const out = formatDomain(parseDomain(doc.text));
      if (out === doc.text) continue;
      if (doc.file in KNOWN_DIFFERENCES) continue;
      const a = doc.text.split('\n');
      const b = out.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      differing.push(`${doc.file}:${line + 1}\n  libvirt: ${JSON.stringify(a[line])}\n  ours:    ${JSON.stringify(b[line])}`);
    }
    const stale = Object.keys(KNOWN_DIFFERENCES).filter((f) => outputs!.some((d) => d.file === f && formatDomain(parseDomain(d.text)) === d.text));
    console.log(`libvirt layout: ${outputs!.length - differing.length - Object.keys(KNOWN_DIFFERENCES).length}/${outputs!.length} byte-identical`);
    expect(differing.join('\n')).toBe('');
    expect(stale, 'known differences that no longer differ: remove them').toEqual([]);
  });
});
