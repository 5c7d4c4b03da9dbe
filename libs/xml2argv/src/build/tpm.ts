import { escapeComma } from '../argv/props.js';
import { attr, child, parseIntLoose, type JsonNode } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { guestArch } from '../prepare/machine.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';
import { addFdSet } from './fdset.js';

// The sPAPR VIO register a TPM gets when the XML does not place it.
const SPAPR_TPM_REG = 0x4000;

/** The model libvirt picks for a `<tpm>` without one: the sysbus TIS on ARM, the VIO TPM on pSeries. */
export function defaultTpmModel(arch: string): string {
  if (arch === 'aarch64') return 'tpm-tis-device';
  if (arch.startsWith('ppc64')) return 'tpm-spapr';
  return 'tpm-tis';
}

/**
 * TPMs, after the consoles: a backend (`-tpmdev`, with its chardev or fd sets) and the
 * frontend device; the pSeries TPM proxy is a device of its own with no backend.
 */
export function buildTpmArgs(ctx: BuildContext): void {
  for (const tpm of devicesOfKind(ctx.def, 'tpm')) {
    const model = attr(tpm, 'model') ?? defaultTpmModel(guestArch(ctx.def, ctx.caps));
    const id = aliasOf(tpm)!;
    const backend = child(tpm, 'backend');
    if (model === 'spapr-tpm-proxy') {
      ctx.cmd.add('-device', ctx.device({ driver: 'spapr-tpm-proxy', id, 'host-path': devicePath(backend) }));
      continue;
    }
    const tpmdev = `tpm-${id}`;
    ctx.cmd.add('-tpmdev', backendValue(ctx, tpm, tpmdev));
    ctx.cmd.add('-device', ctx.device({ driver: model, tpmdev, id, reg: model === 'tpm-spapr' ? spaprReg(tpm) : undefined }));
  }
}

function backendValue(ctx: BuildContext, tpm: JsonNode, tpmdev: string): string {
  const backend = child(tpm, 'backend');
  const type = attr(backend, 'type');
  const host = ctx.runtime.devices;
  const id = aliasOf(tpm)!;
  switch (type) {
    case 'passthrough': {
      if (!host) throw new Xml2ArgvError('not-implemented', 'TPM passthrough without a runtime that opens the device');
      const fds = host.tpmPassthrough(devicePath(backend));
      const path = addFdSet(ctx, fds.fd, `${id}-tpm`);
      const cancel = addFdSet(ctx, fds.cancelFd, `${id}-cancel`);
      return `passthrough,id=${escapeComma(tpmdev)},path=${path},cancel-path=${cancel}`;
    }
    case 'emulator': {
      if (!host) throw new Xml2ArgvError('not-implemented', 'TPM emulator without a runtime that starts swtpm');
      return emulatorBackend(ctx, host.tpmEmulatorSocket(id), tpmdev);
    }
    case 'external': {
      const source = child(backend, 'source');
      if ((attr(source, 'type') ?? 'unix') !== 'unix') throw new Xml2ArgvError('not-implemented', `external TPM source type '${attr(source, 'type')}'`);
      return emulatorBackend(ctx, attr(source, 'path') ?? '', tpmdev);
    }
    default:
      throw new Xml2ArgvError('not-implemented', `TPM backend '${type}'`);
  }
}

// swtpm (started by libvirt or by someone else) speaks the emulator protocol over a UNIX socket.
function emulatorBackend(ctx: BuildContext, socket: string, tpmdev: string): string {
  ctx.cmd.add('-chardev', `socket,id=chrtpm,path=${escapeComma(socket)}`);
  return `emulator,id=${escapeComma(tpmdev)},chardev=chrtpm`;
}

const devicePath = (backend: JsonNode | undefined): string => attr(child(backend, 'device'), 'path') ?? '/dev/tpm0';

function spaprReg(tpm: JsonNode): number {
  const a = child(tpm, 'address');
  const reg = attr(a, 'type') === 'spapr-vio' ? attr(a, 'reg') : undefined;
  return reg === undefined ? SPAPR_TPM_REG : parseIntLoose(reg);
}
