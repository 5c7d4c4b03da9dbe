import { escapeComma } from '../argv/props.js';
import { attr, child, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';
import { virtioOptions } from './memballoon.js';
import { bootIndexes } from './boot.js';
import { buildVirtiofsArgs } from './virtiofs.js';

const SECURITY: Record<string, string> = { passthrough: 'passthrough', mapped: 'mapped', squash: 'none' };

/** Shared host directories, after the disks: virtiofs, or 9p (`-fsdev` then `virtio-9p-pci`). */
export function buildFilesystemArgs(ctx: BuildContext): void {
  const boot = bootIndexes(ctx);
  for (const fs of devicesOfKind(ctx.def, 'filesystem')) {
    const driver = child(fs, 'driver');
    const driverType = attr(driver, 'type') ?? 'path';
    if (driverType === 'virtiofs' && (attr(fs, 'type') ?? 'mount') === 'mount') {
      buildVirtiofsArgs(ctx, fs, boot.get(fs));
      continue;
    }
    if ((attr(fs, 'type') ?? 'mount') !== 'mount' || (driverType !== 'path' && driverType !== 'handle')) {
      throw new Xml2ArgvError('not-implemented', `filesystem driver '${driverType}'`);
    }
    const id = aliasOf(fs)!;
    const parts = [driverType === 'handle' ? 'handle' : 'local'];
    if (driverType === 'path') parts.push(`security_model=${SECURITY[attr(fs, 'accessmode') ?? 'passthrough'] ?? 'passthrough'}`);
    const mode = (n: string): void => {
      const v = attr(fs, n);
      if (v !== undefined) parts.push(`${n}=${v.padStart(4, '0')}`);
    };
    mode('fmode');
    mode('dmode');
    const multidevs = attr(fs, 'multidevs');
    if (multidevs && multidevs !== 'default') parts.push(`multidevs=${multidevs}`);
    if (attr(driver, 'wrpolicy') === 'immediate') parts.push('writeout=immediate');
    parts.push(`id=fsdev-${id}`, `path=${escapeComma(attr(child(fs, 'source'), 'dir') ?? '')}`);
    if (readonly(fs)) parts.push('readonly=on');
    ctx.cmd.add('-fsdev', parts.join(','));
    const model = attr(fs, 'model');
    const dev = model === 'virtio-transitional' ? 'virtio-9p-pci-transitional' : model === 'virtio-non-transitional' ? 'virtio-9p-pci-non-transitional' : 'virtio-9p-pci';
    ctx.cmd.add('-device', ctx.device({
      driver: dev, ...virtioOptions(driver), id, fsdev: `fsdev-${id}`, mount_tag: attr(child(fs, 'target'), 'dir'), ...addressProps(ctx, fs),
    }));
  }
}

const readonly = (fs: JsonNode): boolean => fs.readonly !== undefined;
