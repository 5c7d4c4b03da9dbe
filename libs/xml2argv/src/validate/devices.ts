import { attr, child, text, type JsonNode } from '../input/json.js';
import { hasAcpi } from './machine.js';
import { isArmVirtMachine, isPseriesMachine, isQ35Machine, isRiscvVirtMachine, isS390Arch, isX86Arch, type ValidateContext } from './context.js';
import { MSG } from './messages.js';
import { pciAddressText } from './pci.js';

/** TPM devices need a backend; at most one regular and one proxy TPM. */
export function checkTpms(ctx: ValidateContext): void {
  let regular = 0;
  let proxy = 0;
  for (const tpm of ctx.devices('tpm')) {
    if (!child(tpm, 'backend')) throw MSG.tpmNoBackend();
    const model = attr(tpm, 'model');
    const backend = child(tpm, 'backend');
    if (attr(backend, 'type') === 'emulator' && attr(backend, 'version') === '1.2' && isArmVirtMachine(ctx)) throw MSG.tpmOnArm();
    if (model === 'spapr-tpm-proxy') {
      if (++proxy > 1) throw MSG.tpmProxyDouble();
    } else if (++regular > 1) throw MSG.tpmDouble();
  }
}

/** Interface knobs the parser checks. */
export function checkInterfaces(ctx: ValidateContext): void {
  for (const net of ctx.devices('interface')) {
    const queues = attr(child(net, 'driver'), 'queues');
    if (queues !== undefined && !/^\d+$/.test(queues)) throw MSG.queuesNegative(queues);
    const rx = attr(child(net, 'driver'), 'rx_queue_size');
    if (rx !== undefined && (Number(rx) & (Number(rx) - 1)) !== 0) throw MSG.rxQueuePowerOfTwo();
    const type = attr(net, 'type') ?? '';
    // Only interfaces that run over a tap device can be given their own tap path.
    if (attr(child(net, 'backend'), 'tap') !== undefined && type !== 'network' && type !== 'bridge' && type !== 'ethernet') {
      throw MSG.netCustomTap(attr(child(net, 'mac'), 'address') ?? '', type);
    }
  }
}

// Per IOMMU model: the machines it exists on, the machine wording, the capabilities it needs.
const IOMMU_MODELS: Record<string, { fits: (ctx: ValidateContext) => boolean; machines: string; flags: readonly string[] }> = {
  intel: { fits: (ctx) => isQ35Machine(ctx.machine), machines: 'Q35 machines', flags: ['intel-iommu'] },
  smmuv3: { fits: isArmVirtMachine, machines: 'ARM Virt machines', flags: ['machine.virt.iommu'] },
  virtio: {
    fits: (ctx) => isQ35Machine(ctx.machine) || isArmVirtMachine(ctx), machines: 'Q35 and ARM Virt machines',
    flags: ['virtio-iommu-pci', 'virtio-iommu.boot-bypass'],
  },
};
// Intel IOMMU knobs and the capability each needs.
const IOMMU_OPTIONS: readonly (readonly [string, string, string])[] = [
  ['intremap', 'intel-iommu.intremap', 'interrupt remapping'], ['caching_mode', 'intel-iommu.caching-mode', 'caching mode'],
  ['eim', 'intel-iommu.eim', 'eim'], ['iotlb', 'intel-iommu.device-iotlb', 'device IOTLB'], ['aw_bits', 'intel-iommu.aw-bits', 'aw_bits'],
];

/** IOMMUs: a machine that has the model, the binary's support, ACPI and PCI for virtio. */
export function checkIommu(ctx: ValidateContext): void {
  for (const iommu of ctx.devices('iommu')) {
    const model = attr(iommu, 'model') ?? '';
    const rule = IOMMU_MODELS[model];
    if (!rule) continue;
    if (!rule.fits(ctx)) throw MSG.iommuMachine(model, rule.machines);
    if (rule.flags.some((f) => !ctx.has(f))) throw MSG.iommuUnsupported(model);
    const address = child(iommu, 'address');
    if (model === 'virtio') {
      if (!hasAcpi(ctx)) throw MSG.iommuNeedsAcpi(model);
      const addrType = attr(address, 'type');
      if (addrType !== undefined && addrType !== 'pci') throw MSG.iommuNeedsPci(model);
    }
    const driver = child(iommu, 'driver');
    for (const [name, flag, label] of IOMMU_OPTIONS) {
      if (attr(driver, name) !== undefined && !ctx.has(flag)) throw MSG.iommuOptionUnsupported(label);
    }
  }
}

/** virtio-iommu sits on the root bus; checked where libvirt places devices. */
export function checkIommuPlacement(ctx: ValidateContext): void {
  for (const iommu of ctx.devices('iommu')) {
    const address = child(iommu, 'address');
    if (attr(iommu, 'model') === 'virtio' && attr(address, 'type') === 'pci' && Number(attr(address, 'bus') ?? 0) !== 0) {
      throw MSG.pciNeedsIntegrated(pciAddressText(address!));
    }
  }
}

// virtio input devices and the capability behind each.
const VIRTIO_INPUTS: Record<string, readonly [string, string]> = {
  mouse: ['virtio-mouse', 'virtio-mouse'], tablet: ['virtio-tablet', 'virtio-tablet'], keyboard: ['virtio-keyboard', 'virtio-keyboard'],
  passthrough: ['virtio-input-host', 'virtio-input-host'], evdev: ['input-linux', 'input-linux'],
};

/** Balloon and input options that depend on the device model or the binary. */
export function checkMiscDevices(ctx: ValidateContext): void {
  for (const balloon of ctx.devices('memballoon')) {
    if (attr(balloon, 'freePageReporting') !== undefined && !ctx.has('virtio-balloon.free-page-reporting')) throw MSG.freePageReporting();
  }
  for (const input of ctx.devices('input')) {
    const type = attr(input, 'type') ?? '';
    const bus = attr(input, 'bus');
    if (bus === 'usb' && type === 'keyboard' && !ctx.has('usb-kbd')) throw MSG.usbKeyboardUnsupported();
    if (bus !== 'virtio') continue;
    const model = attr(input, 'model');
    if (model === 'virtio-transitional' || model === 'virtio-non-transitional') throw MSG.virtioTransitionalInput(type);
    const known = VIRTIO_INPUTS[type];
    if (known && !ctx.has(known[1])) throw MSG.deviceNotSupported(known[0]);
  }
}

// (isa-serial is left out: libvirt quietly turns it into the machine's own kind.)
const SERIAL_TARGETS: Record<string, { fits: (ctx: ValidateContext) => boolean; model: (ctx: ValidateContext) => string }> = {
  'spapr-vio-serial': { fits: (ctx) => isPseriesMachine(ctx.machine), model: () => 'spapr-vty' },
  'system-serial': { fits: (ctx) => isArmVirtMachine(ctx) || isRiscvVirtMachine(ctx), model: (ctx) => (isRiscvVirtMachine(ctx) ? '16550a' : 'pl011') },
  'sclp-serial': { fits: (ctx) => isS390Arch(ctx.arch), model: () => 'sclpconsole' },
};

/** Character devices: target types that fit the machine, sources that can be opened. */
export function checkChardevs(ctx: ValidateContext): void {
  for (const serial of ctx.devices('serial')) {
    const target = child(serial, 'target');
    const type = attr(target, 'type');
    const rule = type === undefined ? undefined : SERIAL_TARGETS[type];
    if (type && rule && !rule.fits(ctx)) throw MSG.serialTargetMismatch(type, attr(child(target, 'model'), 'name') ?? rule.model(ctx));
  }
  if (!isX86Arch(ctx.arch) && ctx.devices('parallel').length > 0) throw MSG.parallelUnsupported();
  const chardevs: JsonNode[] = [...ctx.devices('serial'), ...ctx.devices('parallel'), ...ctx.devices('console'), ...ctx.devices('channel')];
  for (const chr of chardevs) checkChardevSource(ctx, chr);
  for (const rng of ctx.devices('rng')) {
    const backend = child(rng, 'backend');
    if (attr(backend, 'model') === 'egd' && backend) checkChardevSource(ctx, backend);
  }
}

function checkChardevSource(ctx: ValidateContext, chr: JsonNode): void {
  const type = attr(chr, 'type');
  const source = child(chr, 'source');
  const virtioChannel = attr(child(chr, 'target'), 'type') === 'virtio';
  let path = attr(source, 'path');
  let mode = attr(source, 'mode') ?? (path === undefined ? 'bind' : 'bind');
  // Paths libvirt generated itself for virtio channels are dropped and made again at start.
  if (type === 'unix' && virtioChannel && path?.startsWith(`${ctx.runtime.config.channelTargetDir}/domain-`)) {
    path = undefined;
    mode = 'bind';
  }
  if ((type === 'unix' || type === 'file' || type === 'pipe' || type === 'dev') && path === undefined && !(type === 'unix' && virtioChannel)) {
    throw MSG.chardevNoPath();
  }
  const reconnect = child(source, 'reconnect');
  if (attr(reconnect, 'enabled') === 'yes') {
    if (attr(reconnect, 'timeout') === '0') throw MSG.reconnectTimeout();
    if (type === 'unix' && mode !== 'connect') throw MSG.reconnectNeedsConnect();
  }
}

/** Shared memory devices: a model this binary has, and a size and address ivshmem can use. */
export function checkShmem(ctx: ValidateContext): void {
  for (const shmem of ctx.devices('shmem')) {
    const model = attr(child(shmem, 'model'), 'type');
    const server = shmem.server !== undefined;
    if (shmem.msi !== undefined && !server) throw MSG.shmemMsiNeedsServer();
    // Without a model the modern device matching the server setting is used, else legacy ivshmem.
    const modern = model === undefined && ctx.has(server ? 'ivshmem-doorbell' : 'ivshmem-plain');
    if ((model === undefined || model === 'ivshmem') && !modern && !ctx.has('ivshmem')) throw MSG.shmemUnsupported();
  }
  for (const shmem of ctx.devices('shmem')) {
    const size = child(shmem, 'size') ?? (shmem.size === undefined ? undefined : { '#text': String(shmem.size) });
    if (size) {
      const bytes = Number(text(size)) * (SIZE_UNITS[(attr(size, 'unit') ?? 'b').toLowerCase()] ?? 1);
      if (!Number.isInteger(Math.log2(bytes))) throw MSG.shmemPowerOfTwo();
      if (bytes < 1024 * 1024) throw MSG.shmemMinSize();
    }
    const addrType = attr(child(shmem, 'address'), 'type');
    if (addrType !== undefined && addrType !== 'pci') throw MSG.shmemPciOnly();
  }
}

// Scaled-integer units libvirt accepts for sizes, in bytes.
const SIZE_UNITS: Record<string, number> = {
  b: 1, bytes: 1, k: 1024, kib: 1024, kb: 1000, m: 1024 ** 2, mib: 1024 ** 2, mb: 1e6, g: 1024 ** 3, gib: 1024 ** 3, gb: 1e9,
};
