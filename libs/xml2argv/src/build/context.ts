import type { QemuCapabilities, QemuFlag } from '@virtkit/capabilities';
import { toJsonArg, toKeyValueArg, type Props } from '../argv/props.js';
import type { ArgvBuilder } from '../argv/command.js';
import type { DomainJson } from '../input/json.js';
import type { Runtime } from '../runtime.js';
import { transportDriver } from './address.js';

/** What every `buildXArgs` receives: the prepared domain, the capabilities and the host side. */
export interface BuildContext {
  readonly def: DomainJson;
  readonly caps: QemuCapabilities;
  readonly runtime: Runtime;
  readonly cmd: ArgvBuilder;
  /** True when the capabilities carry the flag (decisions come from flags, never versions). */
  has(flag: string): boolean;
  /** The domain's private directory (`/tmp/lib/domain--1-NAME`). */
  readonly privateDir: string;
  /** `-device` / `-object` / `-netdev` values in the syntax this QEMU takes. */
  device(props: Props): string;
  object(props: Props): string;
  netdev(props: Props): string;
  /** The next `-add-fd` set number (sets are numbered from 0 per command line). */
  nextFdSet(): number;
}

export function createContext(def: DomainJson, caps: QemuCapabilities, runtime: Runtime, cmd: ArgvBuilder, privateDir: string): BuildContext {
  const has = (flag: string): boolean => caps.flags.has(flag as QemuFlag);
  let fdSet = 0;
  return {
    nextFdSet: () => fdSet++,
    def, caps, runtime, cmd, has, privateDir,
    device: (p) => {
      const props = transportDriver(p);
      return has('device.json+hotplug') ? toJsonArg(props) : toKeyValueArg(props, 'driver');
    },
    object: (p) => (has('object.qapified') ? toJsonArg(p) : toKeyValueArg(p, 'qom-type')),
    netdev: (p) => (has('netdev.json') ? toJsonArg(p) : toKeyValueArg(p, 'type')),
  };
}

/** libvirt's short domain name: the first 20 characters of the name. */
export function shortName(name: string): string {
  return [...name].slice(0, 20).join('');
}

/** `<libDir>/domain-<id>-<short name>`: where libvirt keeps a domain's private files. */
export function domainPrivateDir(libDir: string, id: number, name: string): string {
  return `${libDir}/domain-${id}-${shortName(name)}`;
}
