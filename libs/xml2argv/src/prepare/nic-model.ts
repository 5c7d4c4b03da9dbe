import type { QemuCapabilities } from '@virtkit/capabilities';
import { attr, child, type DomainJson } from '../input/json.js';
import { devicesOfKind } from './devices.js';
import { guestArch, machineName } from './machine.js';

/**
 * The NIC model a guest gets when `<interface>` names none: what the board has on board
 * (Versatile Express, VersatilePB), virtio on paravirtual machines (ARM/RISC-V virt, s390),
 * else the widely supported Realtek card.
 */
export function defaultNicModel(arch: string, machine: string): string {
  if (arch === 's390x') return 'virtio';
  const arm = arch === 'aarch64' || arch === 'armv7l' || arch === 'armv6l';
  if (arm && machine.startsWith('vexpress-')) return 'lan9118';
  if (arm && machine === 'versatilepb') return 'smc91c111';
  if ((arm || arch === 'riscv32' || arch === 'riscv64') && machine.startsWith('virt')) return 'virtio';
  return 'rtl8139';
}

/** Fills `<model type>` of interfaces that have none (host devices excepted), for non-x86 guests. */
export function setDefaultNicModels(def: DomainJson, caps: QemuCapabilities): void {
  const arch = guestArch(def, caps);
  if (arch === 'x86_64' || arch === 'i686') return;
  const model = defaultNicModel(arch, machineName(def));
  for (const net of devicesOfKind(def, 'interface')) {
    if (attr(net, 'type') === 'hostdev' || attr(net, 'type') === 'vdpa' || child(net, 'model')) continue;
    net.model = { type: model };
  }
}
