import type { Props } from '../argv/props.js';
import { attr, child, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { accelOf } from '../prepare/machine.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import { bootIndexes } from './boot.js';
import type { BuildContext } from './context.js';

const NIC_DRIVERS: Record<string, string> = {
  virtio: 'virtio-net-pci', 'virtio-transitional': 'virtio-net-pci-transitional', 'virtio-non-transitional': 'virtio-net-pci-non-transitional',
  e1000: 'e1000', e1000e: 'e1000e', rtl8139: 'rtl8139', igb: 'igb', vmxnet3: 'vmxnet3', 'usb-net': 'usb-net', ne2k_pci: 'ne2k_pci', pcnet: 'pcnet',
};

/** Each NIC: its backend `-netdev` followed by the guest `-device`. */
export function buildNetArgs(ctx: BuildContext): void {
  const boot = bootIndexes(ctx);
  for (const net of devicesOfKind(ctx.def, 'interface')) {
    const alias = aliasOf(net) ?? 'net0';
    const netdevId = `host${alias}`;
    const model = attr(child(net, 'model'), 'type') ?? 'rtl8139';
    const virtio = model.startsWith('virtio');
    ctx.cmd.add('-netdev', ctx.netdev({ ...backendProps(ctx, net, virtio), id: netdevId }));
    const driver = NIC_DRIVERS[model];
    if (!driver) throw new Xml2ArgvError('not-implemented', `NIC model '${model}'`);
    const drv = child(net, 'driver');
    const sw = (n: string): boolean | undefined => (attr(drv, n) === undefined ? undefined : attr(drv, n) === 'on');
    const props: Props = {
      driver,
      ...(virtio ? { tx: attr(drv, 'txmode') === 'iothread' ? 'bh' : attr(drv, 'txmode'), ioeventfd: sw('ioeventfd'), event_idx: sw('event_idx'), rss: sw('rss'), hash: sw('rss_hash_report') } : {}),
      netdev: netdevId, id: alias, mac: attr(child(net, 'mac'), 'address'), bootindex: boot.get(net),
      ...addressProps(ctx, net),
    };
    ctx.cmd.add('-device', ctx.device(props));
  }
}

function backendProps(ctx: BuildContext, net: JsonNode, virtio: boolean): Props {
  const type = attr(net, 'type');
  switch (type) {
    case 'user':
      if (child(net, 'backend') && attr(child(net, 'backend'), 'type') === 'passt') throw new Xml2ArgvError('not-implemented', 'passt backend');
      return { type: 'user' };
    case 'ethernet':
    case 'bridge':
    case 'network': {
      const target = attr(child(net, 'target'), 'dev') ?? 'vnet0';
      const queues = Number(attr(child(net, 'driver'), 'queues') ?? '1');
      const fds = ctx.runtime.fds.tap(target, queues);
      const props: Props = { type: 'tap', fd: fds.join(':') };
      if (virtio && accelOf(ctx.def) === 'kvm' && attr(child(net, 'driver'), 'name') !== 'qemu') {
        props.vhost = true;
        props.vhostfd = ctx.runtime.fds.vhostNet(queues).join(':');
      }
      return props;
    }
    default:
      throw new Xml2ArgvError('not-implemented', `interface type '${type}'`);
  }
}
