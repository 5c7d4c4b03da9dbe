import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, type DomainJson } from '../input/json.js';
import { devicesOfKind } from './devices.js';
import { isPseries } from './pseries.js';

/**
 * The video model a guest gets when it has graphics but names no model: paravirtual GPUs on
 * ARM/RISC-V virt and s390 (no legacy VGA there), standard VGA on pSeries, and on PCs Cirrus
 * where QEMU has it (except Q35, which gets VGA).
 */
export function defaultVideoModel(arch: string, machine: string, q35: boolean, caps: QemuCapabilities): string {
  const has = (flag: string): boolean => caps.flags.has(flag as never);
  if (arch === 's390x') return 'virtio';
  if (isPseries(machine)) return 'vga';
  const armOrRiscv = ['aarch64', 'armv7l', 'riscv32', 'riscv64'].includes(arch);
  if (armOrRiscv && machine.startsWith('virt') && has('virtio-gpu')) return 'virtio';
  return has('cirrus-vga') && !q35 ? 'cirrus' : 'vga';
}

// Video RAM QEMU's emulated adapters get when the XML gives none (KiB).
const DEFAULT_VRAM_KIB: Readonly<Record<string, string>> = { vga: '16384', cirrus: '16384', vmvga: '16384' };

/** Fills a missing model type (non-x86 guests) and the emulated adapters' default video RAM. */
export function setVideoDefaults(def: DomainJson, arch: string, machine: string, q35: boolean, caps: QemuCapabilities): void {
  const x86 = arch === 'x86_64' || arch === 'i686';
  for (const video of devicesOfKind(def, 'video')) {
    const model = child(video, 'model') ?? {};
    if (!x86 && attr(model, 'type') === undefined) model.type = defaultVideoModel(arch, machine, q35, caps);
    const vram = DEFAULT_VRAM_KIB[attr(model, 'type') ?? ''];
    if (!x86 && vram !== undefined && attr(model, 'vram') === undefined) model.vram = vram;
    video.model = model;
  }
}
