import { DEVICE_KINDS } from './devices.js';
import type { ContentOrder } from './model-form.js';

/*
 * libvirt writes every element's attributes and children in a fixed order of its own, whatever
 * order the input used. These tables hold that order for the elements where inputs and the
 * prepare step commonly differ from it; names are attributes and child elements alike (an
 * element never has both under one name, except `@`-collisions, which sort like the plain name).
 * Names a table does not list stay right after the name they followed.
 */
const ELEMENT_ORDER: Readonly<Record<string, readonly string[]>> = {
  domain: [
    'type', 'id', 'name', 'uuid', 'genid', 'title', 'description', 'metadata', 'maxMemory', 'memory', 'currentMemory',
    'blkiotune', 'memtune', 'memoryBacking', 'vcpu', 'vcpus', 'iothreads', 'iothreadids', 'defaultiothread', 'cputune',
    'numatune', 'resource', 'sysinfo', 'bootloader', 'bootloader_args', 'os', 'idmap', 'features', 'cpu', 'clock',
    'on_poweroff', 'on_reboot', 'on_crash', 'on_lockfailure', 'pm', 'perf', 'devices', 'seclabel', 'keywrap',
    'launchSecurity', 'qemu:commandline', 'qemu:capabilities', 'qemu:override', 'qemu:deprecation',
  ],
  devices: DEVICE_KINDS,
  os: [
    'firmware', 'type', 'init', 'initarg', 'initenv', 'initdir', 'inituser', 'initgroup', 'loader', 'nvram', 'kernel',
    'initrd', 'cmdline', 'dtb', 'root', 'acpi', 'boot', 'bootmenu', 'smbios', 'bios',
  ],
  'os/type': ['arch', 'machine'],
  controller: ['type', 'index', 'model', 'ports', 'vectors', 'maxGrantFrames', 'maxEventChannels', 'driver', 'target'],
  cpu: ['mode', 'match', 'check', 'migratable', 'model', 'vendor', 'topology', 'cache', 'maxphysaddr', 'feature', 'numa'],
  memballoon: ['model', 'autodeflate', 'freePageReporting'],
  vcpu: ['placement', 'cpuset', 'current'],
  'serial/target': ['type', 'port'],
  graphics: [
    'type', 'display', 'xauth', 'fullscreen', 'port', 'tlsPort', 'autoport', 'websocket', 'replaceUser', 'multiUser',
    'listen', 'socket', 'sharePolicy', 'keymap', 'defaultMode', 'passwd', 'passwdValidTo', 'connected', 'channel', 'image',
    'jpeg', 'zlib', 'playback', 'streaming', 'mouse', 'clipboard', 'filetransfer', 'gl', 'audio',
  ],
  interface: [
    'type', 'managed', 'trustGuestRxFilters', 'mac', 'source', 'vlan', 'virtualport', 'bandwidth', 'port', 'ip', 'route',
    'portForward', 'script', 'downscript', 'backenddomain', 'target', 'guest', 'model', 'driver', 'backend', 'filterref',
    'tune', 'teaming', 'link', 'mtu', 'coalesce',
  ],
  'console/target': ['type', 'port'],
  'video/model': ['type', 'ram', 'vram', 'vram64', 'vgamem', 'heads', 'primary'],
  maxMemory: ['slots', 'unit'],
  disk: [
    'type', 'device', 'model', 'rawio', 'sgio', 'snapshot', 'driver', 'auth', 'source', 'backingStore', 'backenddomain',
    'geometry', 'blockio', 'mirror', 'target', 'iotune', 'readonly', 'shareable', 'transient', 'serial', 'wwn', 'vendor',
    'product', 'encryption',
  ],
  'disk/driver': [
    'name', 'type', 'cache', 'error_policy', 'rerror_policy', 'io', 'ioeventfd', 'event_idx', 'copy_on_read', 'discard',
    'iothread', 'detect_zeroes', 'queues', 'queue_size',
  ],
};

/** Per address type, the attributes after `type`. */
const ADDRESS_ORDER: Readonly<Record<string, readonly string[]>> = {
  pci: ['domain', 'bus', 'slot', 'function', 'multifunction'],
  drive: ['controller', 'bus', 'target', 'unit'],
  'virtio-serial': ['controller', 'bus', 'port'],
  ccid: ['controller', 'slot'],
  usb: ['bus', 'port'],
  ccw: ['cssid', 'ssid', 'devno'],
  isa: ['iobase', 'irq'],
  dimm: ['slot', 'base'],
};

/** What every device ends with (libvirt's common device information), in this order. */
const DEVICE_INFO = ['boot', 'alias', 'master', 'rom', 'acpi', 'address'];

function byTable(keys: readonly string[], table: readonly string[]): string[] {
  const rankOf = new Map(table.map((name, i) => [name, i]));
  let last = -1;
  const ranked = keys.map((key, i) => {
    const r = rankOf.get(key.startsWith('@') ? key.slice(1) : key);
    if (r !== undefined) last = r;
    // unlisted names keep their place after the listed name they followed
    return { key, rank: r ?? last + 0.5, i };
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.i - b.i).map((x) => x.key);
}

/** The content order libvirt writes, for `toModelForm`. */
export const libvirtContentOrder: ContentOrder = (path, node) => {
  const keys = Object.keys(node);
  const name = path[path.length - 1]!;
  if (name === 'address') return byTable(keys, ['type', ...(ADDRESS_ORDER[String(node.type ?? '')] ?? [])]);
  const table = ELEMENT_ORDER[`${path[path.length - 2] ?? ''}/${name}`] ?? ELEMENT_ORDER[name];
  let out = table ? byTable(keys, table) : keys;
  if (path.length === 3 && path[1] === 'devices') {
    out = [...out.filter((k) => !DEVICE_INFO.includes(k)), ...DEVICE_INFO.filter((k) => out.includes(k))];
  }
  return out;
};
