import { describe, expect, it } from 'vitest';
import { parseDomain } from '@virtkit/model';
import { list, type JsonNode } from '../src/input/json.js';
import { assignCcwAddresses, ccwDevno } from '../src/prepare/ccw.js';
import { assignSpaprVioAddresses, preparePseriesDevices } from '../src/prepare/pseries.js';
import { finishZpci, prepareZpci } from '../src/prepare/zpci.js';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';

function domain(machine: string, devices: string, arch = 's390x'): JsonNode {
  return parseDomain(`<domain type='qemu'><name>vm</name><os><type arch='${arch}' machine='${machine}'>hvm</type></os><devices>${devices}</devices></domain>`) as unknown as JsonNode;
}
const devs = (def: JsonNode, kind: string): JsonNode[] => list((def.devices as JsonNode)[kind]);
const addr = (d: JsonNode): JsonNode => d.address as JsonNode;
const disk = (dev: string, address = ''): string => `<disk type='file' device='disk'><source file='/${dev}.img'/><target dev='${dev}' bus='virtio'/>${address}</disk>`;

describe('s390 channel I/O addresses', () => {
  it('numbers devices from fe.0.0000 in device order, around the numbers taken explicitly', () => {
    const def = domain('s390-ccw-virtio', `${disk('vda')}${disk('vdb', `<address type='ccw' cssid='0xfe' ssid='0' devno='0x0001'/>`)}${disk('vdc')}<memballoon model='virtio'/>`);
    assignCcwAddresses(def);
    expect(devs(def, 'disk').map((d) => ccwDevno(addr(d)))).toEqual(['fe.0.0000', 'fe.0.0001', 'fe.0.0002']);
    expect(ccwDevno(addr(devs(def, 'memballoon')[0]!))).toBe('fe.0.0003');
  });
  it('leaves other machines alone', () => {
    const def = domain('virt', disk('vda'), 'aarch64');
    assignCcwAddresses(def);
    expect(devs(def, 'disk')[0]!.address).toBeUndefined();
  });
});

describe('pSeries VIO registers', () => {
  it('starts each kind at its base and steps by 0x1000 past registers in use', () => {
    const def = domain('pseries', `<serial type='pty'/><serial type='pty'/><controller type='scsi' index='0' model='ibmvscsi'/>`
      + `<controller type='scsi' index='1' model='ibmvscsi'><address type='spapr-vio' reg='0x30000000'/></controller>`, 'ppc64');
    preparePseriesDevices(def);
    assignSpaprVioAddresses(def);
    expect(devs(def, 'serial').map((s) => addr(s).reg)).toEqual(['0x30001000', '0x30002000']);
    expect(devs(def, 'controller').map((c) => addr(c).reg)).toEqual(['0x00002000', '0x30000000']);
  });
});

describe('zPCI ids', () => {
  it('keeps written ids, fills elements the XML started first, then the devices without one', () => {
    const host = (fn: number, zpci = ''): string => `<hostdev mode='subsystem' type='pci'><source><address domain='0' bus='0' slot='0' function='${fn}'/></source><address type='pci'>${zpci}</address></hostdev>`;
    const def = domain('s390-ccw-virtio', `${host(0)}${host(1, `<zpci uid='0x0001'/>`)}${host(2, `<zpci uid='0x0007' fid='0x00000000'/>`)}`);
    const caps = fakeCapabilities('s390x', ['zpci', 'vfio-pci']);
    const kept = prepareZpci(def, caps);
    // slots come from the PCI assignment; give them by hand here
    devs(def, 'hostdev').forEach((h, i) => { h.address = { type: 'pci', domain: '0x0000', bus: '0x00', slot: `0x0${i + 1}`, function: '0x0' }; });
    finishZpci(def, caps, kept);
    const ids = devs(def, 'hostdev').map((h) => { const z = addr(h).zpci as JsonNode; return [z.uid, z.fid]; });
    expect(ids).toEqual([['0x0002', '0x00000002'], ['0x0001', '0x00000001'], ['0x0007', '0x00000000']]);
  });
});
