import { randomUUID } from 'node:crypto';
import type { QemuCapabilities } from '@virtkit/capabilities';
import { asDomainJson, cloneJson, type DomainInput, type DomainJson } from '../input/json.js';
import type { HostInfo, Runtime } from '../runtime.js';
import { assignAliases } from './aliases.js';
import { setDefaultAudio } from './audio.js';
import { setDefaultCpu } from './cpu.js';
import { assignControllerIndexes, DEVICE_KINDS, deviceList } from './devices.js';
import { assignDriveAddresses, sortDisks } from './drive-address.js';
import { addImplicitDevices } from './implicit.js';
import { resolveMachine } from './machine.js';
import { alignMemory } from './memory.js';
import { assignPciAddresses } from './pci.js';
import { assignCcwAddresses } from './ccw.js';
import { finishZpci, prepareZpci } from './zpci.js';
import { sortControllersAsRead } from './controller-order.js';
import { assignSpaprVioAddresses, preparePseriesDevices } from './pseries.js';
import { assignVirtioMmioAddresses } from './virtio-mmio.js';
import { setDefaultNicModels } from './nic-model.js';
import { assignIommuAddress } from './iommu.js';
import { addSmartcardControllers } from './smartcard.js';
import { selectFirmware } from './firmware.js';
import { assignUsbAddresses } from './usb-address.js';
import { assignMemorySlots } from './memory-slots.js';

export interface PrepareOptions {
  /**
   * `define`: what libvirt fills in when it accepts a definition (defaults, implicit devices,
   * addresses). `start` (default) adds what happens when the domain is started: aliases and
   * memory alignment.
   */
  readonly stage?: 'define' | 'start';
  /** qemu.conf and environment, for defaults that depend on them (host audio). */
  readonly runtime?: Pick<Runtime, 'config' | 'env'> & Partial<Pick<Runtime, 'firmware'>>;
  /**
   * The guest's memory layout is fixed by a running source (incoming migration or restore):
   * sizes are taken as written, neither rounded to whole MiB nor summed from the NUMA nodes.
   */
  readonly keepMemorySizes?: boolean;
}

/**
 * Returns a copy of the domain with everything libvirt decides on its own filled in, so the
 * builders only read explicit values. The input is not modified.
 */
export function prepareDomain(domain: DomainInput, caps: QemuCapabilities, _host: HostInfo, options: PrepareOptions = {}): DomainJson {
  const def = cloneJson(asDomainJson(domain));
  // libvirt gives a domain without one a random UUID when it reads the XML.
  if (typeof def.uuid !== 'string' || def.uuid.trim() === '') def.uuid = randomUUID();
  for (const kind of DEVICE_KINDS) if (kind !== 'emulator' && def.devices !== undefined) deviceList(def, kind);
  const devices = def.devices as DomainJson | undefined;
  if (devices?.disk) devices.disk = sortDisks(devices.disk as DomainJson[]);
  assignControllerIndexes(def);
  sortControllersAsRead(def);
  resolveMachine(def, caps);
  setDefaultCpu(def, caps);
  assignDriveAddresses(def);
  addImplicitDevices(def, caps);
  addSmartcardControllers(def);
  setDefaultAudio(def, options.runtime);
  setDefaultNicModels(def, caps);
  assignCcwAddresses(def);
  preparePseriesDevices(def);
  assignSpaprVioAddresses(def);
  assignVirtioMmioAddresses(def, caps);
  const zpci = prepareZpci(def, caps);
  assignPciAddresses(def, caps);
  finishZpci(def, caps, zpci);
  assignIommuAddress(def);
  assignUsbAddresses(def);
  assignMemorySlots(def);
  if ((options.stage ?? 'start') === 'start') {
    selectFirmware(def, caps, options.runtime?.firmware);
    if (!options.keepMemorySizes) alignMemory(def);
    assignAliases(def);
  }
  return def;
}
