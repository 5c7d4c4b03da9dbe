import type { QemuCapabilities } from '@virtkit/capabilities';
import { asDomainJson, cloneJson, type DomainInput, type DomainJson } from '../input/json.js';
import type { HostInfo } from '../runtime.js';
import { prepareDomain, type PrepareOptions } from './index.js';
import { addDeviceDefaults } from './written-device-defaults.js';
import { addControllerDefaults, normalizePciAddresses } from './written-controller-defaults.js';
import { addNumaDefaults } from './written-numa-defaults.js';
import { assignVirtioSerialPorts } from './virtio-serial-address.js';
import { addChardevDefaults } from './written-chardev-defaults.js';
import { addDomainDefaults, fillOsType } from './written-defaults.js';
import { addDisplayDefaults } from './written-display-defaults.js';
import { markGivenAddresses, unmarkAddresses } from './given-addresses.js';

/**
 * The definition libvirt keeps after accepting a domain: `prepareDomain`'s defaults, implicit
 * devices and addresses, plus the defaults libvirt writes back although the command line does
 * not need them. Format the result with `formatPreparedDomain`. The input is not modified.
 */
export interface NormalizeOptions extends Omit<PrepareOptions, 'stage'> {
  /** Sizes may be recomputed from their parts (libvirt's ABI-update parse flag). */
  readonly abiUpdate?: boolean;
}

export function normalizeDomain(input: DomainInput, caps: QemuCapabilities, host: HostInfo, options: NormalizeOptions = {}): DomainJson {
  const domain = asDomainJson(input);
  const given = cloneJson(domain);
  fillOsType(given, caps);
  markGivenAddresses(given);
  const def = prepareDomain(given, caps, host, { ...(options.runtime ? { runtime: options.runtime } : {}), stage: 'define' });
  addDomainDefaults(def, caps, options.abiUpdate ?? false);
  addNumaDefaults(def, caps);
  addDeviceDefaults(def, domain, caps, options.runtime?.config.channelTargetDir);
  addControllerDefaults(def, domain, caps);
  normalizePciAddresses(def);
  addChardevDefaults(def);
  assignVirtioSerialPorts(def);
  addDisplayDefaults(def);
  unmarkAddresses(def);
  return def;
}
