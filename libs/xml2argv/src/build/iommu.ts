import type { Props } from '../argv/props.js';
import { attr, child, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';

const onOff = (v: string | undefined): string | undefined => (v === 'on' || v === 'off' ? v : undefined);
const flag = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v === 'on');

/** The guest IOMMU, right after `-boot`: `intel-iommu` or `virtio-iommu` as a device. */
export function buildIommuArgs(ctx: BuildContext): void {
  for (const iommu of devicesOfKind(ctx.def, 'iommu')) {
    const props = iommuProps(ctx, iommu);
    if (props) ctx.cmd.add('-device', ctx.device(props));
  }
}

function iommuProps(ctx: BuildContext, iommu: JsonNode): Props | undefined {
  const model = attr(iommu, 'model');
  const driver = child(iommu, 'driver');
  const id = aliasOf(iommu);
  switch (model) {
    case 'intel': {
      const awBits = attr(driver, 'aw_bits');
      return {
        driver: 'intel-iommu', id,
        // intremap and eim are QEMU on/off/auto properties, the others plain booleans.
        intremap: onOff(attr(driver, 'intremap')),
        'caching-mode': flag(attr(driver, 'caching_mode')),
        eim: onOff(attr(driver, 'eim')),
        'device-iotlb': flag(attr(driver, 'iotlb')),
        'aw-bits': awBits === undefined ? undefined : Number(awBits),
      };
    }
    case 'virtio':
      return { driver: 'virtio-iommu', id, ...addressProps(ctx, iommu) };
    case 'smmuv3':
      // Part of the ARM virt machine, switched on with `-machine ...,iommu=smmuv3`.
      return undefined;
    default:
      throw new Xml2ArgvError('not-implemented', `IOMMU model '${model}'`);
  }
}

/** Whether the IOMMU is the ARM SMMUv3 built into the virt machine (a `-machine` property). */
export function hasMachineIommu(ctx: BuildContext): boolean {
  return devicesOfKind(ctx.def, 'iommu').some((i) => attr(i, 'model') === 'smmuv3');
}
