import { attr, child, type JsonNode } from '../input/json.js';
import { hasAcpi } from './machine.js';
import { isArmVirtMachine, isPseriesMachine, isQ35Machine, isRiscvVirtMachine, isS390Arch, type ValidateContext } from './context.js';
import { MSG } from './messages.js';
import { pciAddressText } from './pci.js';

/** TPM devices need a backend; at most one regular and one proxy TPM. */
export function checkTpms(ctx: ValidateContext): void {
  let regular = 0;
  let proxy = 0;
  for (const tpm of ctx.devices('tpm')) {
    if (!child(tpm, 'backend')) throw MSG.tpmNoBackend();
    const model = attr(tpm, 'model');
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
    if ((type === 'hostdev' || type === 'vhostuser') && attr(child(net, 'target'), 'dev') !== undefined && attr(child(net, 'target'), 'managed') === 'no') {
      throw MSG.netCustomTap(attr(child(net, 'mac'), 'address') ?? '', type);
    }
  }
}

/** virtio-iommu: q35 or ARM virt, PCI, ACPI, integrated into the root bus. */
export function checkIommu(ctx: ValidateContext): void {
  for (const iommu of ctx.devices('iommu')) {
    const model = attr(iommu, 'model') ?? '';
    if (model !== 'virtio') continue;
    if (!isQ35Machine(ctx.machine) && !isArmVirtMachine(ctx)) throw MSG.iommuMachine(model);
    if (!ctx.has('virtio-iommu-pci')) throw MSG.iommuUnsupported(model);
    const address = child(iommu, 'address');
    const addrType = attr(address, 'type');
    if (addrType !== undefined && addrType !== 'pci') throw MSG.iommuNeedsPci(model);
    if (!hasAcpi(ctx)) throw MSG.iommuNeedsAcpi(model);
    if (address && Number(attr(address, 'bus') ?? 0) !== 0) throw MSG.pciNeedsIntegrated(pciAddressText(address));
  }
}

/** Balloon and input options that depend on the device model or the binary. */
export function checkMiscDevices(ctx: ValidateContext): void {
  for (const balloon of ctx.devices('memballoon')) {
    if (attr(balloon, 'freePageReporting') === 'on' && !ctx.has('virtio-balloon.free-page-reporting')) throw MSG.freePageReporting();
  }
  for (const input of ctx.devices('input')) {
    const model = attr(input, 'model');
    const type = attr(input, 'type') ?? '';
    if ((model === 'virtio-transitional' || model === 'virtio-non-transitional') && type !== 'passthrough') throw MSG.virtioTransitionalInput(type);
  }
}

// Serial target types and the machines they exist on; the model used when none is written.
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
