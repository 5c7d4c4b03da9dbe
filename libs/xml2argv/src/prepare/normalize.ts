import type { QemuCapabilities } from '@virtkit/capabilities';
import type { DomainJson } from '../input/json.js';
import type { HostInfo } from '../runtime.js';
import { prepareDomain, type PrepareOptions } from './index.js';
import { addDeviceDefaults } from './written-device-defaults.js';
import { addDomainDefaults } from './written-defaults.js';

/**
 * The definition libvirt keeps after accepting a domain: `prepareDomain`'s defaults, implicit
 * devices and addresses, plus the defaults libvirt writes back although the command line does
 * not need them. Format the result with `formatPreparedDomain`. The input is not modified.
 */
export function normalizeDomain(domain: DomainJson, caps: QemuCapabilities, host: HostInfo, options: Omit<PrepareOptions, 'stage'> = {}): DomainJson {
  const def = prepareDomain(domain, caps, host, { ...options, stage: 'define' });
  addDomainDefaults(def, caps);
  addDeviceDefaults(def, domain, caps);
  return def;
}
