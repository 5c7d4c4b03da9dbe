import { describe, expect, it } from 'vitest';
import { parseDomain } from '../src/index.js';
import { domainCorpus } from './helpers/corpus.js';
import { modelDifference } from './helpers/same-model.js';
import { parseSample } from './helpers/sample-codec.js';

const corpus = domainCorpus();

describe('the two parse paths (streaming, and positioned tree) build the same JSON form', () => {
  it('on tricky hand-written input', () => {
    const cases = [
      `<domain type='kvm'><name>a<x/>b</name><memory>1</memory><memory>2</memory></domain>`,
      `<domain type='kvm' xmlns:q='urn:q'><metadata>t<q:a q:b='1'><c xmlns='urn:c'> <d/> </c></q:a>u</metadata><name xmlns:z='urn:z'>n</name></domain>`,
      `<domain type='kvm'><devices> <disk type='file' device='disk'>stray<target dev='a'/></disk> </devices><name><![CDATA[<n>]]></name></domain>`,
    ];
    for (const xml of cases) expect(modelDifference(parseSample(xml), parseSample(xml, { positions: true }))).toBeUndefined();
  });

  it.skipIf(!corpus)("on every document of libvirt's corpus", () => {
    const differences: string[] = [];
    for (const doc of corpus!) {
      const d = modelDifference(parseDomain(doc.text), parseDomain(doc.text, { positions: true }));
      if (d) differences.push(`${doc.file}: ${d}`);
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });
});
