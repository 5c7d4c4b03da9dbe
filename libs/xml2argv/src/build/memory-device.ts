import type { Props } from '../argv/props.js';
import { attr, child, childText, children, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { toKiB } from '../prepare/units.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import { shortName, type BuildContext } from './context.js';
import { addPreallocContext, hostBinding, hugepageDir, hugepageDirFor, parseNodeset } from './memory-backend.js';

/** Memory modules are sized in whole 2 MiB blocks. */
export const moduleKiB = (mem: JsonNode): number => Math.ceil(toKiB(child(child(mem, 'target'), 'size')) / 2048) * 2048;

const DRIVERS: Record<string, string> = { dimm: 'pc-dimm', nvdimm: 'nvdimm', 'virtio-pmem': 'virtio-pmem-pci', 'virtio-mem': 'virtio-mem-pci' };

/** SGX enclave page cache sections: backends here, attached through `-machine sgx-epc.N.*`. */
export const epcSections = (def: JsonNode): JsonNode[] => devicesOfKind(def, 'memory').filter((m) => attr(m, 'model') === 'sgx-epc');

/** Hot-pluggable memory: a backend object per module, then its device (SGX EPC has none). */
export function buildMemoryDeviceArgs(ctx: BuildContext): void {
  for (const mem of devicesOfKind(ctx.def, 'memory')) {
    const model = attr(mem, 'model') ?? '';
    if (model !== 'sgx-epc' && DRIVERS[model] === undefined) throw new Xml2ArgvError('not-implemented', `memory model '${model}'`);
    const alias = aliasOf(mem)!;
    const id = `mem${alias}`;
    const target = child(mem, 'target');
    const node = Number(childText(target, 'node') ?? '0');
    // Guests without NUMA nodes (allowed for hotplug on ppc64) leave the node to QEMU.
    const numa = children(child(child(ctx.def, 'cpu'), 'numa'), 'cell').length > 0;
    const dimmNode = numa || childText(target, 'node') !== undefined ? node : undefined;
    const { props, preallocOnDevice } = moduleBackend(ctx, mem, model, id, node);
    ctx.cmd.add('-object', ctx.object(props));
    if (model === 'sgx-epc') continue;
    const a = child(mem, 'address');
    const base = attr(a, 'base');
    const size = (name: string): number | undefined => (child(target, name) ? toKiB(child(target, name)) * 1024 : undefined);
    const dev: Props = { driver: DRIVERS[model] };
    if (model === 'virtio-mem') {
      Object.assign(dev, { node, 'block-size': size('block'), 'requested-size': size('requested'), memdev: id, prealloc: preallocOnDevice || undefined, id: alias });
    } else if (model === 'virtio-pmem') {
      Object.assign(dev, { memdev: id, id: alias });
    } else {
      Object.assign(dev, {
        node: dimmNode, 'label-size': child(target, 'label') ? toKiB(child(child(target, 'label'), 'size')) * 1024 : undefined,
        unarmed: target?.readonly !== undefined ? true : undefined,
        memdev: id, id: alias,
        slot: attr(a, 'slot') === undefined ? undefined : Number(attr(a, 'slot')),
        addr: base === undefined ? undefined : Number(BigInt(base)),
      });
    }
    ctx.cmd.add('-device', ctx.device(model.startsWith('virtio') ? { ...dev, ...addressProps(ctx, mem) } : dev));
  }
}

/**
 * The backend of one module. Access mode: the module's own, else its guest NUMA cell's, else
 * the domain's. virtio-mem only reserves address space; it preallocates through the device
 * (when the memory would be preallocated at all), so the backend gets `reserve=off` instead.
 */
function moduleBackend(ctx: BuildContext, mem: JsonNode, model: string, id: string, node: number): { props: Props; preallocOnDevice: boolean } {
  const source = child(mem, 'source');
  const cell = children(child(child(ctx.def, 'cpu'), 'numa'), 'cell').find((c) => Number(attr(c, 'id')) === node);
  const access = attr(mem, 'access') ?? attr(cell, 'memAccess') ?? attr(child(child(ctx.def, 'memoryBacking'), 'access'), 'mode');
  const discard = attr(mem, 'discard');
  const props: Props = { 'qom-type': 'memory-backend-ram', id };
  let preallocOnDevice = false;
  const bytes = model === 'sgx-epc' ? toKiB(child(child(mem, 'target'), 'size')) * 1024 : moduleKiB(mem) * 1024;
  if (model === 'nvdimm' || model === 'virtio-pmem') {
    props['qom-type'] = 'memory-backend-file';
    props['mem-path'] = childText(source, 'path')?.trim();
    if (access !== undefined) props.share = access === 'shared';
    const pmem = child(source, 'pmem') !== undefined || source?.pmem !== undefined;
    if (model === 'nvdimm' && !pmem) props.prealloc = true;
    props.size = bytes;
    const align = child(source, 'alignsize');
    if (align) props.align = toKiB(align) * 1024;
    if (pmem) props.pmem = true;
    return { props, preallocOnDevice };
  }
  if (model === 'sgx-epc') {
    props['qom-type'] = 'memory-backend-epc';
    props.prealloc = true;
  } else {
    const page = child(source, 'pagesize');
    const dir = page ? hugepageDirFor(ctx, toKiB(page)) : hugepageDir(ctx, node);
    if (dir || access !== undefined || discard !== undefined) {
      props['qom-type'] = 'memory-backend-file';
      // Without huge pages the file lives below qemu.conf's memory backing dir, named after the module.
      props['mem-path'] = dir ?? `${ctx.runtime.config.memoryBackingDir}/${ctx.runtime.domainId}-${shortName(childText(ctx.def, 'name') ?? '')}/${aliasOf(mem)}`;
      if (discard !== undefined) props['discard-data'] = discard === 'yes';
      if (access !== undefined) props.share = access === 'shared';
    }
    if (model === 'virtio-mem') {
      props.reserve = false;
      preallocOnDevice = dir !== undefined;
    } else if (dir) {
      props.prealloc = true;
    }
  }
  props.size = bytes;
  const mask = childText(source, 'nodemask');
  const binding = mask ? { nodes: parseNodeset(mask.trim()), policy: 'bind' } : hostBinding(ctx, node);
  if (binding) {
    props['host-nodes'] = binding.nodes;
    props.policy = binding.policy;
  }
  addPreallocContext(ctx, props, id);
  return { props, preallocOnDevice };
}
