import type { QemuCapabilities } from '@virtkit/capabilities';
import type { DomainJson } from '../input/json.js';
import type { Runtime } from '../runtime.js';
import { validateControllers } from './controller.js';
import { validateDisks } from './disk.js';
import { validateBoot, validateDevices, validateFeatures } from './misc.js';

/**
 * Rejects configurations libvirt refuses, with libvirt's category and message. Runs on the
 * domain as written (before defaults are added) so messages name what the user wrote.
 */
export function validateDomain(def: DomainJson, caps: QemuCapabilities, runtime: Runtime): void {
  void runtime;
  validateDevices(def);
  validateControllers(def, caps);
  validateDisks(def);
  validateBoot(def);
  validateFeatures(def);
}
