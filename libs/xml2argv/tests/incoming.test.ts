import { describe, expect, it } from 'vitest';
import { parseDomain } from '@virtkit/model';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { buildCommandLine, libvirtTestRuntime, Xml2ArgvError, type BuildOptions } from '../src/index.js';

// 1000 KiB per node and 3001 KiB in all: none of them a whole MiB.
const XML = `<domain type='qemu'><name>vm</name><uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>
  <memory unit='KiB'>3001</memory><vcpu>2</vcpu><os><type arch='x86_64' machine='pc'>hvm</type></os>
  <cpu><numa><cell id='0' cpus='0' memory='1000' unit='KiB'/><cell id='1' cpus='1' memory='1000' unit='KiB'/></numa></cpu>
  <devices><emulator>/usr/bin/qemu-system-x86_64</emulator><controller type='usb' model='none'/><memballoon model='none'/></devices></domain>`;

function build(options: BuildOptions): string[] {
  return [...buildCommandLine(parseDomain(XML), fakeCapabilities('x86_64', []), libvirtTestRuntime(), options).argv];
}
const after = (argv: string[], opt: string): string[] => argv.flatMap((a, i) => (argv[i - 1] === opt ? [a] : []));

describe('incoming migration', () => {
  it('passes the source URI as written', () => {
    expect(after(build({ incoming: { uri: 'tcp:10.0.0.1:5000' } }), '-incoming')).toEqual(['tcp:10.0.0.1:5000']);
    expect(after(build({ incoming: { uri: 'exec:cat' } }), '-incoming')).toEqual(['exec:cat']);
  });

  it('turns stdio into the inherited descriptor, and needs one', () => {
    expect(after(build({ incoming: { uri: 'stdio', fd: 7 } }), '-incoming')).toEqual(['fd:7']);
    expect(() => build({ incoming: { uri: 'stdio' } })).toThrow(Xml2ArgvError);
  });

  it('has no -incoming for a fresh start', () => {
    expect(build({})).not.toContain('-incoming');
  });

  it('keeps the source memory sizes instead of rounding and summing them', () => {
    const fresh = build({});
    const migrated = build({ incoming: { uri: 'tcp:h:1' } });
    // A fresh start rounds each node up to 1 MiB and makes the total their sum.
    expect(after(fresh, '-m')).toEqual(['2']);
    expect(after(migrated, '-m')).toEqual(['2']);
    expect(after(fresh, '-numa')).toEqual(['node,nodeid=0,cpus=0,mem=1', 'node,nodeid=1,cpus=1,mem=1']);
    expect(after(migrated, '-numa')).toEqual(['node,nodeid=0,cpus=0,mem=0', 'node,nodeid=1,cpus=1,mem=0']);
  });
});
