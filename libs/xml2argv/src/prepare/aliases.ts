import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind, setAlias } from './devices.js';
import { diskNameIndex } from './drive-address.js';
import { isQ35, machineName } from './machine.js';

/**
 * Names every device the way libvirt does when it starts a domain (`ide0-0-0`,
 * `virtio-disk0`, `net0`, `pci.1`, `usb`, `balloon0` ...). Aliases already set are kept.
 */
export function assignAliases(def: DomainJson): void {
  const q35 = isQ35(machineName(def));
  const give = (dev: JsonNode, name: string): void => {
    if (!aliasOf(dev)) setAlias(dev, name);
  };
  for (const disk of devicesOfKind(def, 'disk')) give(disk, diskAlias(disk, def));
  for (const c of devicesOfKind(def, 'controller')) give(c, controllerAlias(c, q35));
  let net = 0;
  let hostdev = 0;
  for (const n of devicesOfKind(def, 'interface')) {
    if (attr(n, 'type') === 'hostdev') give(n, `hostdev${hostdev++}`);
    else give(n, `net${net++}`);
  }
  const counted = (kind: string, prefix: string): void => devicesOfKind(def, kind).forEach((d, i) => give(d, `${prefix}${i}`));
  counted('filesystem', 'fs');
  counted('sound', 'sound');
  counted('input', 'input');
  counted('video', 'video');
  // A host device the user named keeps its name and does not use up a number.
  for (const d of devicesOfKind(def, 'hostdev')) if (!aliasOf(d)) give(d, `hostdev${hostdev++}`);
  counted('redirdev', 'redir');
  counted('smartcard', 'smartcard');
  counted('serial', 'serial');
  counted('parallel', 'parallel');
  counted('channel', 'channel');
  devicesOfKind(def, 'console').forEach((c, i) => {
    // The first console of a serial type is the first serial port itself.
    const serial0 = devicesOfKind(def, 'serial')[0];
    const tt = attr(child(c, 'target'), 'type');
    if (i === 0 && serial0 && (tt === undefined || tt === 'serial')) give(c, aliasOf(serial0) ?? 'serial0');
    else give(c, `console${i}`);
  });
  counted('hub', 'hub');
  counted('watchdog', 'watchdog');
  counted('rng', 'rng');
  counted('tpm', 'tpm');
  counted('shmem', 'shmem');
  counted('iommu', 'iommu');
  counted('vsock', 'vsock');
  for (const b of devicesOfKind(def, 'memballoon')) if (attr(b, 'model') !== 'none') give(b, 'balloon0');
  const memCounters: Record<string, number> = {};
  for (const m of devicesOfKind(def, 'memory')) {
    const prefix = ({ dimm: 'dimm', nvdimm: 'nvdimm', 'virtio-pmem': 'virtiopmem', 'virtio-mem': 'virtiomem', 'sgx-epc': 'epc' } as Record<string, string>)[attr(m, 'model') ?? ''] ?? 'dimm';
    const address = child(m, 'address');
    const slot = attr(address, 'type') === 'dimm' ? attr(address, 'slot') : undefined;
    const n = memCounters[prefix] ?? 0;
    memCounters[prefix] = n + 1;
    // DIMM-like modules are named after their slot (a PCI slot does not count).
    give(m, `${prefix}${slot ?? n}`);
  }
}

function diskAlias(disk: JsonNode, def: DomainJson): string {
  const target = child(disk, 'target');
  const bus = attr(target, 'bus');
  const addr = child(disk, 'address');
  const a = (n: string): string => attr(addr, n) ?? '0';
  switch (bus) {
    case 'ide': return `ide${a('controller')}-${a('bus')}-${a('unit')}`;
    case 'fdc': return `fdc${a('controller')}-${a('bus')}-${a('unit')}`;
    case 'sata': return `sata${a('controller')}-${a('bus')}-${a('unit')}`;
    case 'scsi': {
      // lsi controllers have no target level in their naming.
      const ctrl = devicesOfKind(def, 'controller').find((c) => attr(c, 'type') === 'scsi' && (attr(c, 'index') ?? '0') === a('controller'));
      return attr(ctrl, 'model') === 'lsilogic'
        ? `scsi${a('controller')}-${a('bus')}-${a('unit')}`
        : `scsi${a('controller')}-${a('bus')}-${a('target')}-${a('unit')}`;
    }
    case 'usb': return `usb-disk${diskNameIndex(attr(target, 'dev') ?? '')}`;
    case 'sd': return `sd-disk${diskNameIndex(attr(target, 'dev') ?? '')}`;
    default: return `${bus ?? 'virtio'}-disk${diskNameIndex(attr(target, 'dev') ?? '')}`;
  }
}

function controllerAlias(c: JsonNode, q35: boolean): string {
  const type = attr(c, 'type') ?? '';
  const index = attr(c, 'index') ?? '0';
  const model = attr(c, 'model');
  if (type === 'pci') return model === 'pcie-root' ? 'pcie.0' : `pci.${index}`;
  if (type === 'ide' && index === '0') return 'ide';
  if (type === 'sata' && index === '0' && q35) return 'ide';
  if (type === 'usb' && index === '0') return 'usb';
  if (type === 'usb') return `usb${index}`;
  return `${type}${index}`;
}
