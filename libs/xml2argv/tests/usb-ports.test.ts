import { describe, expect, it } from 'vitest';
import { parseDomain } from '@virtkit/model';
import { list, type JsonNode } from '../src/input/json.js';
import { assignUsbAddresses } from '../src/prepare/usb-address.js';

function ports(devices: string, controller = `<controller type='usb' index='0' model='piix3-uhci'/>`): { hub: string[]; input: string[]; hostdev: string[] } {
  const def = parseDomain(`<domain type='qemu'><name>vm</name><devices>${controller}${devices}</devices></domain>`) as unknown as JsonNode;
  assignUsbAddresses(def);
  const devs = def.devices as JsonNode;
  const port = (d: JsonNode): string => String((d.address as JsonNode | undefined)?.port ?? '-');
  return { hub: list(devs.hub).map(port), input: list(devs.input).map(port), hostdev: list(devs.hostdev).map(port) };
}
const mouse = `<input type='mouse' bus='usb'/>`;

describe('USB port assignment', () => {
  it('gives hubs ports first, then host devices before inputs; a free root port beats a hub port', () => {
    const usbHost = `<hostdev mode='subsystem' type='usb'><source><address bus='1' device='2'/></source></hostdev>`;
    expect(ports(`${mouse}<hub type='usb'/>${usbHost}${mouse}`)).toEqual({ hub: ['1'], input: ['1.1', '1.2'], hostdev: ['2'] });
  });
  it('reserves explicit paths behind explicit hubs and fills around them', () => {
    const at = (p: string): string => `<address type='usb' bus='0' port='${p}'/>`;
    expect(ports(`<hub type='usb'>${at('2')}</hub><input type='mouse' bus='usb'>${at('2.1')}</input>${mouse}${mouse}`))
      .toEqual({ hub: ['2'], input: ['2.1', '1', '2.2'], hostdev: [] });
  });
  it('adds just enough hubs when the root ports run out, descending depth-first', () => {
    const r = ports(mouse.repeat(16));
    expect(r.hub).toEqual(['1', '2', '1.1']);
    expect(r.input.slice(0, 8)).toEqual(['1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.1.1']);
    expect(r.input.at(-1)).toBe('2.1');
  });
  it('counts the ports a controller declares and leaves domains without USB alone', () => {
    expect(ports(mouse.repeat(3), `<controller type='usb' index='0' model='qemu-xhci' ports='3'/>`).hub).toEqual([]);
    expect(ports(mouse, `<controller type='usb' index='0' model='none'/>`).input).toEqual(['-']);
  });
});
