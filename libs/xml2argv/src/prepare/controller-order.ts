import type { DomainJson, JsonNode } from '../input/json.js';
import { addController, devicesOf } from './devices.js';

/**
 * libvirt keeps controllers of one type sorted by index as it reads them (each one goes in
 * after the last of its type with a lower or equal index), so `<controller index='1'>`
 * written before index 0 still comes second on the command line.
 */
export function sortControllersAsRead(def: DomainJson): void {
  const devices = devicesOf(def);
  const written = devices.controller;
  if (!Array.isArray(written) || written.length < 2) return;
  devices.controller = [];
  for (const c of written as JsonNode[]) addController(def, c);
}
