import { describe, expect, it } from 'vitest';
import { parseDomain } from '@virtkit/model';
import { fromLibvirtXml } from '@virtkit/capabilities';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libvirtCorpusDir } from '@virtkit/testkit';
import { buildCommandLine, libvirtTestRuntime, Xml2ArgvError } from '../src/index.js';

const corpus = libvirtCorpusDir();
const capsFile = corpus && join(corpus, 'caps', 'caps_8.0.0.x86_64.xml');

const domain = (nodeset: string, mode: string) => parseDomain(`<domain type='kvm'>
  <name>numa</name><memory unit='KiB'>219136</memory><vcpu>1</vcpu>
  <numatune><memory mode='${mode}' nodeset='${nodeset}'/></numatune>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices><emulator>/usr/bin/qemu-system-x86_64</emulator><memballoon model='none'/></devices>
</domain>`);

describe.skipIf(!capsFile || !existsSync(capsFile))('binding memory to host NUMA nodes', () => {
  const caps = fromLibvirtXml(readFileSync(capsFile!, 'utf8'));
  const host = (numaNodes: number[]) => libvirtTestRuntime({ host: { arch: 'x86_64', numaNodes, numaNodeUnavailable: undefined } });

  it('accepts nodes the host has and binds to them', () => {
    const { argv } = buildCommandLine(domain('0-1', 'strict'), caps, host([0, 1]));
    expect(argv.join(' ')).toContain('"host-nodes":[0,1],"policy":"bind"');
  });

  it.each(['strict', 'restrictive'])('refuses a node the host lacks in %s mode, naming it', (mode) => {
    const run = () => buildCommandLine(domain('0,3', mode), caps, host([0, 1]));
    expect(run).toThrow(Xml2ArgvError);
    expect(run).toThrow('operation failed: NUMA node 3 is unavailable');
  });

  it('does not check when the runtime does not know the host', () => {
    const runtime = libvirtTestRuntime();
    const unknown = { ...runtime, host: { arch: 'x86_64' } };
    expect(() => buildCommandLine(domain('42', 'strict'), caps, unknown)).not.toThrow();
  });
});
