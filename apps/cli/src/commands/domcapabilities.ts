import { homedir } from 'node:os';
import { join } from 'node:path';
import { domainCapabilities, formatDomainCapabilities, readFirmwareDescriptors } from '@virtkit/capabilities';
import { ExitCode, UsageError, type Command } from '../io.js';
import { CAPS_SOURCE_OPTIONS, loadCaps } from './load-caps.js';

/** Where QEMU firmware descriptors live, lowest priority first. */
function firmwareDirs(env: Readonly<Record<string, string | undefined>>): string[] {
  const config = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return ['/usr/share/qemu/firmware', '/etc/qemu/firmware', join(config, 'qemu', 'firmware')];
}

/** `virtkit domcapabilities`: what `virsh domcapabilities` prints for an emulator. */
export const domcapabilitiesCommand: Command = {
  name: 'domcapabilities',
  summary: 'print domain capabilities (libvirt <domainCapabilities> XML) for an emulator',
  usage: 'virtkit domcapabilities [--binary PATH | --caps FILE] [--machine M] [--arch A] [--virttype kvm|qemu] [--loader PATH] [--cache-dir DIR]',
  options: { ...CAPS_SOURCE_OPTIONS, machine: 'value', arch: 'value', virttype: 'value', loader: 'value' },
  async run(opts, io) {
    const virttype = opts.values.virttype;
    if (virttype !== undefined && virttype !== 'kvm' && virttype !== 'qemu') throw new UsageError(`--virttype must be kvm or qemu, not '${virttype}'`);
    if (opts.positionals.length > 0) throw new UsageError(`unexpected argument '${opts.positionals[0]}'`);
    const caps = await loadCaps(opts, io);
    const { machine, arch, loader } = opts.values;
    const result = domainCapabilities(caps, {
      ...(machine ? { machine } : {}), ...(arch ? { arch } : {}), ...(virttype ? { virttype } : {}),
      firmware: { descriptors: readFirmwareDescriptors(firmwareDirs(io.env)), ...(loader ? { loaders: [loader] } : {}) },
    });
    io.stdout.write(formatDomainCapabilities(result));
    return ExitCode.Ok;
  },
};
