import { formatDomain, type Domain } from '@virtkit/model';
import { asDomainJson, type DomainInput } from '../input/json.js';
import { dropLiveState } from './live-state.js';
import { libvirtContentOrder } from './libvirt-order.js';
import { toModelForm } from './model-form.js';

export interface FormatPreparedOptions {
  /**
   * `inactive` (default) writes the persistent definition: what exists only while the domain
   * runs (domain id, device aliases libvirt generated, runtime state) is left out. `active`
   * writes it all, like libvirt's XML of a running domain.
   */
  readonly when?: 'inactive' | 'active';
}

/**
 * Formats a domain (usually the result of `prepareDomain`) as libvirt writes it back: content
 * in libvirt's element order, attributes in libvirt's order, libvirt's layout.
 */
export function formatPreparedDomain(input: DomainInput, options: FormatPreparedOptions = {}): string {
  const domain = asDomainJson(input);
  const def = (options.when ?? 'inactive') === 'inactive' ? dropLiveState(domain) : domain;
  return formatDomain(toModelForm(def, libvirtContentOrder) as unknown as Domain);
}
