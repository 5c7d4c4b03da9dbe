import type { Props } from '../argv/props.js';
import { attr, child, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';
import { virtioOptions } from './memballoon.js';

/** Video adapters: the primary one as the VGA-compatible variant, others as secondary devices. */
export function buildVideoArgs(ctx: BuildContext): void {
  devicesOfKind(ctx.def, 'video').forEach((v, i) => {
    const model = child(v, 'model');
    const type = attr(model, 'type') ?? 'cirrus';
    const primary = i === 0;
    const id = aliasOf(v);
    const mib = (kib: string | undefined): number | undefined => (kib === undefined ? undefined : Math.floor(Number(kib) / 1024));
    let props: Props;
    switch (type) {
      case 'cirrus': props = { driver: 'cirrus-vga', id }; break;
      case 'vga': props = { driver: 'VGA', id, vgamem_mb: ctx.has('VGA.vgamem_mb') ? mib(attr(model, 'vram')) : undefined }; break;
      case 'vmvga': props = { driver: 'vmware-svga', id, vgamem_mb: ctx.has('vmware-svga.vgamem_mb') ? mib(attr(model, 'vram')) : undefined }; break;
      case 'bochs': props = { driver: 'bochs-display', id, vgamem: attr(model, 'vram') === undefined ? undefined : Number(attr(model, 'vram')) * 1024 }; break;
      case 'qxl': {
        const kib = (n: string, dflt: number): number => Number(attr(model, n) ?? dflt);
        props = {
          driver: primary ? 'qxl-vga' : 'qxl', id, max_outputs: Number(attr(model, 'heads') ?? 1),
          ram_size: kib('ram', 65536) * 1024, vram_size: kib('vram', 65536) * 1024,
          vram64_size_mb: ctx.has('qxl.vram64_size_mb') ? Math.floor(kib('vram64', 0) / 1024) : undefined,
          vgamem_mb: ctx.has('qxl.vgamem_mb') ? Math.floor(kib('vgamem', 16384) / 1024) : undefined,
          ...resolutionProps(model),
        };
        break;
      }
      case 'virtio': {
        if (attr(child(v, 'driver'), 'name') === 'vhostuser') {
          props = vhostUserGpuProps(ctx, v, primary);
          break;
        }
        const gl = attr(child(model, 'acceleration'), 'accel3d') === 'yes';
        const base = primary && ctx.has('virtio-vga') ? 'virtio-vga' : 'virtio-gpu-pci';
        // QEMU with separate GL device types wants those; older ones take virgl=on on the plain type.
        const glDevice = base === 'virtio-vga' ? 'virtio-vga-gl' : 'virtio-gpu-gl-pci';
        const separateGl = gl && ctx.has(glDevice);
        props = {
          driver: separateGl ? glDevice : base, id, virgl: gl && !separateGl ? true : undefined,
          max_outputs: Number(attr(model, 'heads') ?? 1),
        };
        break;
      }
      case 'ramfb': props = { driver: 'ramfb', id }; break;
      case 'none': return;
      default: throw new Xml2ArgvError('not-implemented', `video model '${type}'`);
    }
    ctx.cmd.add('-device', ctx.device({ ...props, ...addressProps(ctx, v) }));
  });
}

/**
 * A virtio GPU rendered by an external vhost-user-gpu process, reached over the socket the
 * runtime hands over. Only the secondary (non-VGA) variant carries the virtio transport options.
 */
function vhostUserGpuProps(ctx: BuildContext, v: JsonNode, primary: boolean): Props {
  const devices = ctx.runtime.devices;
  if (!devices) throw new Xml2ArgvError('not-implemented', 'vhost-user video without a device host');
  const id = aliasOf(v) ?? '';
  const chardev = `chr-vu-${id}`;
  ctx.cmd.add('-chardev', `socket,id=${chardev},fd=${devices.vhostUserGpu(id)}`);
  const vga = primary && ctx.has('vhost-user-vga');
  return {
    driver: vga ? 'vhost-user-vga' : 'vhost-user-gpu-pci', ...(vga ? {} : virtioOptions(child(v, 'driver'))),
    id, max_outputs: Number(attr(child(v, 'model'), 'heads') ?? 1), chardev,
  };
}

/** `<resolution>`: the display size the adapter reports to the guest first. */
function resolutionProps(model: JsonNode | undefined): Props {
  const res = child(model, 'resolution');
  if (!res) return {};
  return { xres: Number(attr(res, 'x')), yres: Number(attr(res, 'y')) };
}
