import { escapeComma, type Props } from '../argv/props.js';
import { attr, child, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { toKiB } from '../prepare/units.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';

const DEFAULT_SIZE_BYTES = 4 * 1024 * 1024;
const MiB = 1024 * 1024;
// Where libvirt points a doorbell device whose `<server>` names no socket.
const serverPath = (shmem: JsonNode): string => attr(child(shmem, 'server'), 'path') ?? `/var/lib/libvirt/shmem-${attr(shmem, 'name') ?? ''}-sock`;
const onOff = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v === 'on');

/**
 * Inter-VM shared memory, after the panic devices. `ivshmem-plain` maps a file under
 * /dev/shm through a memory backend; `ivshmem-doorbell` (and legacy `ivshmem` with a server)
 * talks to an ivshmem server, whose socket chardev follows the device.
 */
export function buildShmemArgs(ctx: BuildContext): void {
  for (const shmem of devicesOfKind(ctx.def, 'shmem')) {
    const model = attr(child(shmem, 'model'), 'type') ?? 'ivshmem';
    const id = aliasOf(shmem)!;
    const name = attr(shmem, 'name') ?? '';
    const sizeEl = child(shmem, 'size');
    const size = sizeEl ? toKiB(sizeEl, 'b') * 1024 : DEFAULT_SIZE_BYTES;
    const server = child(shmem, 'server') !== undefined || shmem.server !== undefined;
    const msi = child(shmem, 'msi') ?? (shmem.msi !== undefined ? {} : undefined);
    let props: Props;
    if (model === 'ivshmem-plain') {
      const memdev = `shmmem-${id}`;
      ctx.cmd.add('-object', ctx.object({ 'qom-type': 'memory-backend-file', id: memdev, 'mem-path': `/dev/shm/${name}`, size, share: true }));
      const role = attr(shmem, 'role');
      props = { driver: 'ivshmem-plain', id, memdev, master: role === undefined ? undefined : role === 'master' };
    } else if (model === 'ivshmem-doorbell') {
      props = {
        driver: 'ivshmem-doorbell', id, chardev: `char${id}`,
        vectors: attr(msi, 'vectors') === undefined ? undefined : Number(attr(msi, 'vectors')),
        // The doorbell's eventfd signalling is on unless the XML turns it off.
        ioeventfd: onOff(attr(msi, 'ioeventfd')) ?? true,
      };
    } else if (model === 'ivshmem') {
      props = { driver: 'ivshmem', id, size: `${Math.floor(size / MiB)}m` };
      if (!server) props.shm = name;
      else {
        props.chardev = `char${id}`;
        if (msi) {
          props.msi = true;
          props.vectors = attr(msi, 'vectors') === undefined ? undefined : Number(attr(msi, 'vectors'));
          props.ioeventfd = onOff(attr(msi, 'ioeventfd'));
        }
      }
    } else {
      throw new Xml2ArgvError('not-implemented', `shmem model '${model}'`);
    }
    ctx.cmd.add('-device', ctx.device({ ...props, ...addressProps(ctx, shmem) }));
    if (props.chardev !== undefined) ctx.cmd.add('-chardev', `socket,id=${escapeComma(`char${id}`)},path=${escapeComma(serverPath(shmem))}`);
  }
}
