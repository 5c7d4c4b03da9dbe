import type { Props } from '../argv/props.js';
import { attr, child, childText, children, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { toKiB } from '../prepare/units.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';
import { addPreallocContext, hostBinding, hugepageDir, hugepageDirFor, parseNodeset } from './memory-backend.js';

/** Memory modules are sized in whole 2 MiB blocks. */
export const moduleKiB = (mem: JsonNode): number => Math.ceil(toKiB(child(child(mem, 'target'), 'size')) / 2048) * 2048;

/** Hot-pluggable memory: a backend object and a `pc-dimm`/`nvdimm` per module. */
export function buildMemoryDeviceArgs(ctx: BuildContext): void {
  for (const mem of devicesOfKind(ctx.def, 'memory')) {
    const model = attr(mem, 'model');
    if (model !== 'dimm' && model !== 'nvdimm') throw new Xml2ArgvError('not-implemented', `memory model '${model}'`);
    if (attr(mem, 'discard') !== undefined) throw new Xml2ArgvError('not-implemented', 'memory module discard');
    const alias = aliasOf(mem)!;
    const id = `mem${alias}`;
    const source = child(mem, 'source');
    const target = child(mem, 'target');
    const node = Number(childText(target, 'node') ?? '0');
    // the module's own mode, else that of the guest NUMA cell it plugs into, else the domain's
    const cell = children(child(child(ctx.def, 'cpu'), 'numa'), 'cell').find((c) => Number(attr(c, 'id')) === node);
    const access = attr(mem, 'access') ?? attr(cell, 'memAccess') ?? attr(child(child(ctx.def, 'memoryBacking'), 'access'), 'mode');
    const props: Props = { 'qom-type': 'memory-backend-ram', id };
    if (model === 'nvdimm') {
      props['qom-type'] = 'memory-backend-file';
      props['mem-path'] = childText(source, 'path')?.trim();
      if (access !== undefined) props.share = access === 'shared';
      if (child(source, 'pmem') === undefined && source?.pmem === undefined) props.prealloc = true;
      props.size = moduleKiB(mem) * 1024;
      const align = child(source, 'alignsize');
      if (align) props.align = toKiB(align) * 1024;
      if (child(source, 'pmem') !== undefined || source?.pmem !== undefined) props.pmem = true;
    } else {
      const page = child(source, 'pagesize');
      const dir = page ? hugepageDirFor(ctx, toKiB(page)) : hugepageDir(ctx, node);
      if (dir) {
        props['qom-type'] = 'memory-backend-file';
        props['mem-path'] = dir;
        if (access !== undefined) props.share = access === 'shared';
        props.prealloc = true;
      } else if (access !== undefined) {
        throw new Xml2ArgvError('not-implemented', 'memory module access mode without huge pages');
      }
      props.size = moduleKiB(mem) * 1024;
      const mask = childText(source, 'nodemask');
      const binding = mask ? { nodes: parseNodeset(mask.trim()), policy: 'bind' } : hostBinding(ctx, node);
      if (binding) {
        props['host-nodes'] = binding.nodes;
        props.policy = binding.policy;
      }
      addPreallocContext(ctx, props, id);
    }
    ctx.cmd.add('-object', ctx.object(props));
    const a = child(mem, 'address');
    const base = attr(a, 'base');
    const dev: Props = {
      driver: model === 'dimm' ? 'pc-dimm' : 'nvdimm', node,
      'label-size': child(target, 'label') ? toKiB(child(child(target, 'label'), 'size')) * 1024 : undefined,
      unarmed: target?.readonly !== undefined ? true : undefined,
      memdev: id, id: alias,
      slot: attr(a, 'slot') === undefined ? undefined : Number(attr(a, 'slot')),
      addr: base === undefined ? undefined : Number(BigInt(base)),
    };
    ctx.cmd.add('-device', ctx.device(dev));
  }
}
