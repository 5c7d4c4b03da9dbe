import { attr, child, type DomainJson, type JsonNode } from '../input/json.js';
import { devicesOfKind } from './devices.js';
import { guestArchOf } from './written-defaults.js';

/** The serial port type a machine has when the definition names none. */
function defaultSerialType(arch: string, machine: string): string {
  if (arch === 'ppc64' || arch === 'ppc64le') return machine.startsWith('pseries') ? 'spapr-vio-serial' : 'isa-serial';
  if (arch === 's390x') return 'sclp-serial';
  if (arch === 'aarch64' || arch === 'armv7l' || arch.startsWith('riscv')) return 'system-serial';
  return 'isa-serial';
}

/** The device model implied by a serial target type. */
function serialModel(type: string, arch: string): string | undefined {
  switch (type) {
    case 'isa-serial': return 'isa-serial';
    case 'usb-serial': return 'usb-serial';
    case 'pci-serial': return 'pci-serial';
    case 'spapr-vio-serial': return 'spapr-vty';
    case 'system-serial': return arch.startsWith('riscv') ? '16550a' : 'pl011';
    case 'sclp-serial': return 'sclpconsole';
    case 'isa-debug': return 'isa-debugcon';
    default: return undefined;
  }
}

/** Port numbers of serial ports: the written ones, the lowest unused numbers for the others. */
export function serialPorts(serials: readonly JsonNode[]): string[] {
  const used = new Set<string>();
  for (const s of serials) {
    const port = attr(child(s, 'target'), 'port');
    if (port !== undefined) used.add(port);
  }
  let next = 0;
  return serials.map((s) => {
    const port = attr(child(s, 'target'), 'port');
    if (port !== undefined) return port;
    while (used.has(String(next))) next++;
    used.add(String(next));
    return String(next++);
  });
}

/**
 * Serial ports get their target type, port number and device model; consoles their target
 * type and port (the first serial-type console is serial port 0 itself).
 */
export function addChardevDefaults(def: DomainJson): void {
  const arch = guestArchOf(def);
  const machine = attr(child(child(def, 'os'), 'type'), 'machine') ?? '';
  const serials = devicesOfKind(def, 'serial');
  const ports = serialPorts(serials);
  serials.forEach((s, i) => {
    const target: JsonNode = child(s, 'target') ?? {};
    const type = attr(target, 'type') ?? defaultSerialType(arch, machine);
    const port = ports[i]!;
    const { type: _t, port: _p, ...rest } = target;
    const out: JsonNode = { type, port, ...rest };
    const model = serialModel(type, arch);
    if (model && !child(target, 'model')) out.model = { name: model };
    s.target = out;
  });
  devicesOfKind(def, 'console').forEach((c, i) => {
    const target: JsonNode = child(c, 'target') ?? {};
    const type = attr(target, 'type') ?? (arch === 's390x' ? 'sclp' : 'serial');
    const port = attr(target, 'port') ?? (type === 'serial' && i === 0 ? attr(child(serials[0], 'target'), 'port') ?? '0' : String(i));
    const { type: _t, port: _p, ...rest } = target;
    c.target = { type, port, ...rest };
  });
}
