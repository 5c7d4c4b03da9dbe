import { toJsonArg, type Props } from '../argv/props.js';
import { attr, child, childText, one, text, type JsonNode } from '../input/json.js';
import type { BuildContext } from './context.js';
import { networkSourceProps } from './disk-network.js';
import { addSecretObject, authSecret } from './secret.js';

// `one` rather than `child`: a loader with only a path is stored as a plain string.
const loaderOf = (ctx: BuildContext): JsonNode | undefined => one(child(ctx.def, 'os')?.loader);
const loaderPath = (loader: JsonNode | undefined): string | undefined => text(loader as never)?.trim() || undefined;

/** Whether the firmware is a pflash device (code in pflash0, variables in pflash1). */
export function pflashUnits(ctx: BuildContext): { code: boolean; vars: boolean } {
  const os = child(ctx.def, 'os');
  const loader = loaderOf(ctx);
  if (!loader || attr(loader, 'type') !== 'pflash' || loaderPath(loader) === undefined) return { code: false, vars: false };
  const stateless = attr(loader, 'stateless') === 'yes';
  const readonly = attr(loader, 'readonly') === 'yes';
  return { code: true, vars: !stateless && (readonly || os?.nvram !== undefined) };
}

/** `-blockdev` pairs for the firmware code and its variable store, before `-machine`. */
export function buildPflashArgs(ctx: BuildContext): void {
  const { code, vars } = pflashUnits(ctx);
  if (!code) return;
  const loader = loaderOf(ctx)!;
  addPair(ctx, 'pflash0', { driver: 'file', filename: loaderPath(loader)! }, attr(loader, 'readonly') === 'yes');
  if (!vars) return;
  const nvram = child(child(ctx.def, 'os'), 'nvram');
  const type = attr(nvram, 'type');
  const source = child(nvram, 'source');
  if (type === 'network') {
    const authEl = child(source, 'auth');
    const auth = authEl ? addSecretObject(ctx, 'libvirt-pflash1-storage-auth-secret0', authSecret(authEl), 'nvram') : undefined;
    addPair(ctx, 'pflash1', networkSourceProps(source, auth), false);
  } else if (type === 'block') {
    addPair(ctx, 'pflash1', { driver: 'host_device', filename: attr(source, 'dev') ?? '' }, false);
  } else {
    const path = type === 'file' ? attr(source, 'file') : childText(child(ctx.def, 'os'), 'nvram')?.trim();
    const name = childText(ctx.def, 'name') ?? '';
    addPair(ctx, 'pflash1', { driver: 'file', filename: path || `${ctx.runtime.config.nvramDir}/${name}_VARS.fd` }, false);
  }
}

function addPair(ctx: BuildContext, unit: string, storage: Props, readOnly: boolean): void {
  const node = `libvirt-${unit}-storage`;
  ctx.cmd.add('-blockdev', toJsonArg({ ...storage, 'node-name': node, 'auto-read-only': true, discard: 'unmap' }));
  ctx.cmd.add('-blockdev', toJsonArg({ 'node-name': `libvirt-${unit}-format`, 'read-only': readOnly, driver: 'raw', file: node }));
}

/** `-bios` for ROM firmware, and the secure-boot switch of the pflash device (after `-cpu`). */
export function buildLoaderArgs(ctx: BuildContext): void {
  const loader = loaderOf(ctx);
  const path = loaderPath(loader);
  if (!loader || path === undefined) return;
  const type = attr(loader, 'type') ?? 'rom';
  if (type === 'rom') ctx.cmd.add('-bios', path);
  else if (attr(loader, 'secure') === 'yes') ctx.cmd.add('-global', 'driver=cfi.pflash01,property=secure,value=on');
}
