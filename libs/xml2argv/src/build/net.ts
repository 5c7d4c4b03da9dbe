import { escapeComma, type Props } from '../argv/props.js';
import { attr, child, childText, children, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import { bootIndexes } from './boot.js';
import { addFdSet } from './fdset.js';
import { shortName, type BuildContext } from './context.js';
import { virtioOptions } from './memballoon.js';

const NIC_DRIVERS: Record<string, string> = {
  virtio: 'virtio-net-pci', 'virtio-transitional': 'virtio-net-pci-transitional', 'virtio-non-transitional': 'virtio-net-pci-non-transitional',
  e1000: 'e1000', e1000e: 'e1000e', rtl8139: 'rtl8139', igb: 'igb', vmxnet3: 'vmxnet3', 'usb-net': 'usb-net', ne2k_pci: 'ne2k_pci', pcnet: 'pcnet',
};

/** Each NIC: its backend `-netdev` followed by the guest `-device`. */
export function buildNetArgs(ctx: BuildContext): void {
  const boot = bootIndexes(ctx);
  for (const net of devicesOfKind(ctx.def, 'interface')) {
    // Assigned-device NICs are built with the host devices.
    if (attr(net, 'type') === 'hostdev') continue;
    const alias = aliasOf(net) ?? 'net0';
    const netdevId = `host${alias}`;
    // a vDPA device is virtio hardware, whatever model the definition leaves out
    const written = attr(child(net, 'model'), 'type') ?? (attr(net, 'type') === 'vdpa' ? 'virtio' : 'rtl8139');
    // Known models are recognised whatever their case.
    const model = NIC_DRIVERS[written.toLowerCase()] !== undefined ? written.toLowerCase() : written;
    const virtio = model.startsWith('virtio');
    ctx.cmd.add('-netdev', ctx.netdev({ ...backendProps(ctx, net, virtio), id: netdevId }));
    // A model libvirt does not know is taken as the name of a QEMU device, as libvirt does;
    // only plain device names, so it cannot carry options of its own.
    const driver = NIC_DRIVERS[model] ?? (/^[A-Za-z0-9_-]+$/.test(model) ? model : undefined);
    if (!driver) throw new Xml2ArgvError('not-implemented', `NIC model '${model}'`);
    const drv = child(net, 'driver');
    const sw = (n: string): boolean | undefined => (attr(drv, n) === undefined ? undefined : attr(drv, n) === 'on');
    const num = (n: string): number | undefined => (attr(drv, n) === undefined ? undefined : Number(attr(drv, n)));
    const queues = num('queues') ?? 1;
    const props: Props = {
      driver,
      ...(virtio ? {
        ...virtioOptions(drv),
        tx: attr(drv, 'txmode') === 'iothread' ? 'bh' : attr(drv, 'txmode'), ioeventfd: sw('ioeventfd'), event_idx: sw('event_idx'),
        ...offloads(drv), rx_queue_size: num('rx_queue_size'), tx_queue_size: num('tx_queue_size'),
        rss: sw('rss'), hash: sw('rss_hash_report'),
        failover: attr(child(net, 'teaming'), 'type') === 'persistent' ? true : undefined,
        // several queue pairs: multiqueue on, one MSI-X vector per queue plus config and control
        ...(queues > 1 ? { mq: true, vectors: 2 * queues + 2 } : {}),
      } : {}),
      netdev: netdevId, id: alias, mac: attr(child(net, 'mac'), 'address'), bootindex: boot.get(net),
      ...addressProps(ctx, net),
      ...romProps(net),
    };
    ctx.cmd.add('-device', ctx.device(props));
  }
}

function backendProps(ctx: BuildContext, net: JsonNode, virtio: boolean): Props {
  const type = attr(net, 'type');
  switch (type) {
    case 'user': {
      if (attr(child(net, 'backend'), 'type') === 'passt') {
        // libvirt runs passt (with the port forwards) itself; QEMU connects to its socket.
        const dir = ctx.runtime.config.passtStateDir;
        if (dir === undefined) throw new Xml2ArgvError('not-implemented', 'passt backend without a passt state directory');
        const path = `${dir}/${ctx.runtime.domainId}-${shortName(childText(ctx.def, 'name') ?? '')}-${aliasOf(net) ?? 'net0'}.socket`;
        return { type: 'stream', addr: { type: 'unix', path }, server: false };
      }
      const props: Props = { type: 'user' };
      for (const ip of children(net, 'ip')) {
        const address = attr(ip, 'address');
        if (attr(ip, 'family') === 'ipv6') {
          props['ipv6-prefix'] = address;
          props['ipv6-prefixlen'] = attr(ip, 'prefix') === undefined ? undefined : Number(attr(ip, 'prefix'));
        } else {
          props.net = attr(ip, 'prefix') === undefined ? address : `${address}/${attr(ip, 'prefix')}`;
        }
      }
      return props;
    }
    case 'server': case 'client': case 'mcast': case 'udp': {
      const source = child(net, 'source');
      const where = `${attr(source, 'address') ?? ''}:${attr(source, 'port') ?? ''}`;
      const key = { server: 'listen', client: 'connect', mcast: 'mcast', udp: 'udp' }[type];
      const local = child(source, 'local');
      return { type: 'socket', [key]: where, localaddr: local ? `${attr(local, 'address') ?? ''}:${attr(local, 'port') ?? ''}` : undefined };
    }
    case 'ethernet':
    case 'bridge':
    case 'network': {
      const target = attr(child(net, 'target'), 'dev') ?? 'vnet0';
      const queues = Number(attr(child(net, 'driver'), 'queues') ?? '1');
      const fds = ctx.runtime.fds.tap(target, queues);
      const props: Props = { type: 'tap', fd: fds.join(':') };
      if (virtio && attr(child(net, 'driver'), 'name') !== 'qemu') {
        props.vhost = true;
        props.vhostfd = ctx.runtime.fds.vhostNet(queues).join(':');
      }
      return props;
    }
    case 'vhostuser': {
      // The switch (or another process) serves the NIC over a UNIX socket chardev.
      const source = child(net, 'source');
      const chardev = `char${aliasOf(net) ?? 'net0'}`;
      let value = `socket,id=${chardev},path=${escapeComma(attr(source, 'path') ?? '')}`;
      const reconnect = child(source, 'reconnect');
      if (attr(reconnect, 'enabled') === 'yes') value += `,reconnect=${attr(reconnect, 'timeout') ?? 0}`;
      else if (attr(reconnect, 'enabled') === 'no') value += ',reconnect=0';
      if (attr(source, 'mode') === 'server') value += ',server=on';
      ctx.cmd.add('-chardev', value);
      const queues = Number(attr(child(net, 'driver'), 'queues') ?? '1');
      return { type: 'vhost-user', chardev, queues: queues > 1 ? queues : undefined };
    }
    case 'vdpa': {
      const devices = ctx.runtime.devices;
      if (!devices) throw new Xml2ArgvError('not-implemented', 'vDPA interfaces without a device host');
      const path = attr(child(net, 'source'), 'dev') ?? '';
      const vhostdev = addFdSet(ctx, devices.vhostVdpa(path), `${aliasOf(net) ?? 'net0'}-vdpa`);
      const queues = Number(attr(child(net, 'driver'), 'queues') ?? '1');
      return { type: 'vhost-vdpa', vhostdev, queues: queues > 1 ? queues : undefined };
    }
    default:
      throw new Xml2ArgvError('not-implemented', `interface type '${type}'`);
  }
}

// Host and guest offload switches of virtio-net, in libvirt's order.
function offloads(drv: JsonNode | undefined): Props {
  const host = child(drv, 'host');
  const guest = child(drv, 'guest');
  const sw = (el: JsonNode | undefined, n: string): boolean | undefined => (attr(el, n) === undefined ? undefined : attr(el, n) === 'on');
  return {
    csum: sw(host, 'csum'), gso: sw(host, 'gso'), host_tso4: sw(host, 'tso4'), host_tso6: sw(host, 'tso6'),
    host_ecn: sw(host, 'ecn'), host_ufo: sw(host, 'ufo'), mrg_rxbuf: sw(host, 'mrg_rxbuf'),
    guest_csum: sw(guest, 'csum'), guest_tso4: sw(guest, 'tso4'), guest_tso6: sw(guest, 'tso6'),
    guest_ecn: sw(guest, 'ecn'), guest_ufo: sw(guest, 'ufo'),
  };
}

/** `rombar`/`romfile` of a PCI device's `<rom>`. */
export function romProps(dev: JsonNode): Props {
  const rom = child(dev, 'rom');
  const bar = attr(rom, 'bar');
  // A disabled ROM is an empty romfile: QEMU then loads none at all.
  const romfile = attr(rom, 'enabled') === 'no' ? '' : attr(rom, 'file');
  return { rombar: bar === undefined ? undefined : bar === 'on' ? 1 : 0, romfile };
}
