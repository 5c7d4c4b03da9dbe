import { toLibvirtXml } from '@virtkit/capabilities';
import { ExitCode, UsageError, type Command } from '../io.js';
import { CAPS_SOURCE_OPTIONS, capsToJson, loadCaps } from './load-caps.js';

/** `virtkit caps`: what one QEMU binary supports, as libvirt's cache XML or as JSON. */
export const capsCommand: Command = {
  name: 'caps',
  summary: 'probe a QEMU binary (or read a capabilities file) and print its capabilities',
  usage: 'virtkit caps [--binary PATH | --caps FILE] [--format xml|json] [--cache-dir DIR] [--no-cache]',
  options: { ...CAPS_SOURCE_OPTIONS, format: 'value' },
  async run(opts, io) {
    const format = opts.values.format ?? 'xml';
    if (format !== 'xml' && format !== 'json') throw new UsageError(`--format must be xml or json, not '${format}'`);
    if (opts.positionals.length > 0) throw new UsageError(`unexpected argument '${opts.positionals[0]}'`);
    const caps = await loadCaps(opts, io);
    io.stdout.write(format === 'xml' ? toLibvirtXml(caps) : capsToJson(caps));
    return ExitCode.Ok;
  },
};
