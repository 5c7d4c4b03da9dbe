import { describe, expect, it } from 'vitest';
import { parseDomain } from '@virtkit/model';
import { fakeCapabilities } from '../src/conformance/fake-caps.js';
import { Xml2ArgvError } from '../src/errors.js';
import { libvirtTestRuntime, type TestRuntimeOptions } from '../src/runtime.js';
import { validateDomain } from '../src/validate/index.js';
import { parseNodeset } from '../src/validate/nodeset.js';

/** A small x86 domain around the given fragments; returns the refusal message or 'ok'. */
function verdict(parts: { os?: string; features?: string; devices?: string; top?: string; machine?: string; type?: string },
  flags: string[] = [], runtime: TestRuntimeOptions = {}): string {
  const xml = `<domain type='${parts.type ?? 'qemu'}'><name>t</name><memory>262144</memory>
    <os><type arch='x86_64' machine='${parts.machine ?? 'pc'}'>hvm</type>${parts.os ?? ''}</os>
    ${parts.features ? `<features>${parts.features}</features>` : ''}${parts.top ?? ''}
    <devices>${parts.devices ?? ''}</devices></domain>`;
  try {
    validateDomain(parseDomain(xml), fakeCapabilities('x86_64', flags), libvirtTestRuntime(runtime));
    return 'ok';
  } catch (e) {
    if (!(e instanceof Xml2ArgvError)) throw e;
    return e.message;
  }
}

describe('capability-keyed checks', () => {
  const s4 = { top: "<pm><suspend-to-disk enabled='yes'/></pm>" };
  it('S4 needs the chipset switch; q35 may use the ICH9 one or fall back to PIIX4', () => {
    expect(verdict(s4)).toBe('unsupported configuration: setting ACPI S4 not supported');
    expect(verdict(s4, ['disable-s4'])).toBe('ok');
    expect(verdict({ ...s4, machine: 'q35' }, ['ich9-disable-s4'])).toBe('ok');
    expect(verdict({ ...s4, machine: 'pc' }, ['ich9-disable-s4'])).toBe('unsupported configuration: setting ACPI S4 not supported');
  });

  it('virtio-iommu: machine first, then both capabilities, then ACPI', () => {
    const iommu = { devices: "<iommu model='virtio'/>", features: '<acpi/>' };
    const flags = ['virtio-iommu-pci', 'virtio-iommu.boot-bypass'];
    expect(verdict({ ...iommu, machine: 'pc' }, flags)).toBe("unsupported configuration: IOMMU device: 'virtio' is only supported with Q35 and ARM Virt machines");
    expect(verdict({ ...iommu, machine: 'q35' }, flags.slice(0, 1))).toBe("unsupported configuration: IOMMU device: 'virtio' is not supported with this QEMU binary");
    expect(verdict({ devices: iommu.devices, machine: 'q35' }, flags)).toBe("unsupported configuration: IOMMU device: 'virtio' requires ACPI");
    expect(verdict({ ...iommu, machine: 'q35' }, flags)).toBe('ok');
  });

  it('a model-less USB controller on q35 needs piix3-uhci', () => {
    const usb = { machine: 'q35', devices: "<controller type='usb' index='0'/>" };
    expect(verdict(usb, ['qemu-xhci'])).toBe('unsupported configuration: no model provided for USB controller');
    expect(verdict(usb, ['piix3-usb-uhci'])).toBe('ok');
    expect(verdict({ ...usb, machine: 'pc' })).toBe('ok');
  });
});

describe('structural checks', () => {
  const usb = (devices: string): string => verdict({ devices: `<controller type='usb' index='0' model='piix3-uhci'/>${devices}` }, ['piix3-usb-uhci', 'usb-hub']);
  it('reserves USB ports through hubs and reports the first conflict', () => {
    expect(usb("<hub type='usb'><address type='usb' bus='0' port='1'/></hub><input type='tablet' bus='usb'><address type='usb' bus='0' port='1.8'/></input>")).toBe('ok');
    expect(usb("<hub type='usb'><address type='usb' bus='0' port='1'/></hub><input type='tablet' bus='usb'><address type='usb' bus='0' port='1.9'/></input>"))
      .toBe('XML error: requested USB port 1.9 not present on USB bus 0');
    expect(usb("<input type='tablet' bus='usb'><address type='usb' bus='0' port='2.1'/></input>"))
      .toBe('XML error: there is no hub at port 2 in USB address bus: 0 port: 2.1');
    expect(usb("<input type='tablet' bus='usb'><address type='usb' bus='0' port='3'/></input>"))
      .toBe('XML error: requested USB port 3 not present on USB bus 0');
    expect(usb("<input type='tablet' bus='usb'><address type='usb' bus='2'/></input>"))
      .toBe('XML error: USB bus 2 requested but no controller with that index is present');
  });

  it('huge pages need a hugetlbfs mount of their size (system-size pages do not)', () => {
    const pages = (size: string): { top: string } => ({ top: `<memoryBacking><hugepages><page size='${size}' unit='KiB'/></hugepages></memoryBacking>` });
    expect(verdict(pages('2048'))).toBe('ok');
    expect(verdict(pages('4'))).toBe('ok');
    expect(verdict(pages('2048'), [], { config: { hugetlbfs: [{ mountDir: '/dev/hp1G', sizeKiB: 1048576 }] } }))
      .toBe('internal error: Unable to find any usable hugetlbfs mount for 2048 KiB');
  });

  it('explicit PCI addresses: ranges, and the i440fx IDE function', () => {
    const at = (addr: string): string => verdict({ devices: `<interface type='user'><model type='e1000'/><address type='pci' ${addr}/></interface>` });
    expect(at("bus='0' slot='3'")).toBe('ok');
    expect(at("bus='0' slot='0x20'")).toBe("XML error: Invalid PCI address slot='0x20', must be <= 0x1F");
    expect(at("bus='0' slot='1' function='1'")).toBe('XML error: Attempted double use of PCI Address 0000:00:01.1');
  });

  it('an error without detail prints the category text alone', () => {
    expect(new Xml2ArgvError('cpu-incompatible', '').message).toBe('the CPU is incompatible with host CPU');
    expect(new Xml2ArgvError('cpu-incompatible', 'x').message).toBe('the CPU is incompatible with host CPU: x');
  });
});

describe('node sets', () => {
  it('reads ranges and exclusions, and refuses other text', () => {
    expect(parseNodeset('0-3,^2,8')).toEqual([0, 1, 3, 8]);
    expect(parseNodeset('0,^0')).toEqual([]);
    expect(parseNodeset('1-x')).toBeUndefined();
    expect(parseNodeset('3-1')).toBeUndefined();
  });
});
