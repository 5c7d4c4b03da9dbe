import { attr, child, children, type DomainJson } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import { isQ35, machineName } from '../prepare/machine.js';
import { toKiB } from '../prepare/units.js';
import { reject } from '../errors.js';

/** Boot order: `<os><boot>` and per-device `<boot order>` exclude each other. */
export function validateBoot(def: DomainJson): void {
  const os = child(def, 'os');
  const timeout = attr(child(os, 'bootmenu'), 'timeout');
  if (timeout !== undefined && !(Number(timeout) >= 0 && Number(timeout) <= 65535)) {
    throw reject('config-unsupported', 'invalid value for boot menu timeout, must be in range [0,65535]');
  }
  const perDevice = ['disk', 'interface', 'hostdev', 'redirdev', 'filesystem'].some((k) => devicesOfKind(def, k).some((d) => child(d, 'boot')));
  if (perDevice && children(os, 'boot').length > 0) {
    throw reject('config-unsupported', 'per-device boot elements cannot be used together with os/boot elements');
  }
}

/** SMM TSEG, CPU cache and physical address bits. */
export function validateFeatures(def: DomainJson): void {
  const tseg = child(child(child(def, 'features'), 'smm'), 'tseg');
  if (tseg) {
    if (!isQ35(machineName(def))) throw reject('config-unsupported', 'SMM TSEG is only supported with q35 machine type');
    const kib = toKiB(tseg, 'MiB');
    if (kib % 1024 !== 0) throw reject('config-unsupported', 'SMM TSEG size must be divisible by 1 MiB');
  }
  const cpu = child(def, 'cpu');
  const mode = attr(cpu, 'mode') ?? 'custom';
  const cache = child(cpu, 'cache');
  if (cache) {
    const cacheMode = attr(cache, 'mode');
    const level = attr(cache, 'level');
    if (cacheMode === 'emulate' && level !== '3') throw reject('config-unsupported', "CPU cache mode 'emulate' can only be used with level='3'");
    if (cacheMode === 'passthrough') {
      if (mode !== 'host-passthrough' && mode !== 'maximum') {
        throw reject('config-unsupported', "CPU cache mode 'passthrough' can only be used with 'host-passthrough' / 'maximum' CPUs");
      }
      if (level !== undefined) throw reject('config-unsupported', "unsupported CPU cache level for mode 'passthrough'");
    }
  }
  const addr = child(cpu, 'maxphysaddr');
  if (addr) {
    const addrMode = attr(addr, 'mode');
    if (addrMode === 'emulate' && attr(addr, 'bits') === undefined) {
      throw reject('config-unsupported', "if using CPU maximum physical address mode='emulate', bits= must be specified too");
    }
    if (addrMode === 'passthrough' && attr(addr, 'bits') !== undefined) {
      throw reject('config-unsupported', "CPU maximum physical address bits number specification cannot be used with mode='passthrough'");
    }
  }
}

/** Devices whose definitions are incomplete. */
export function validateDevices(def: DomainJson): void {
  for (const tpm of devicesOfKind(def, 'tpm')) if (!child(tpm, 'backend')) throw reject('xml-error', 'missing TPM device backend');
  const numatune = child(def, 'numatune');
  const cells = child(child(def, 'cpu'), 'numa');
  if (children(numatune, 'memnode').length > 0 && !cells) throw reject('xml-error', "Element 'memnode' is invalid without any guest NUMA cells");
  for (const v of devicesOfKind(def, 'interface')) {
    const queues = attr(child(v, 'driver'), 'queues');
    if (queues !== undefined && !/^\d+$/.test(queues)) {
      throw reject('xml-error', `Invalid value for attribute 'queues' in element 'driver': '${queues}'. Expected non-negative integer value`);
    }
  }
  const graphics = devicesOfKind(def, 'graphics').map((g) => attr(g, 'type'));
  if (graphics.includes('egl-headless') && !graphics.some((t) => t === 'vnc' || t === 'spice') && graphics.length > 1) {
    throw reject('config-unsupported', "graphics type 'egl-headless' is only supported with one of: 'vnc', 'spice' graphics types");
  }
}
