import { readFileSync } from 'node:fs';
import { ModelError, parseDomain, XmlSyntaxError } from '@virtkit/model';
import { buildCommandLine, renderArgs, renderShell, standaloneRuntime, Xml2ArgvError } from '@virtkit/xml2argv';
import { ExitCode, UsageError, type Command } from '../io.js';
import { CAPS_SOURCE_OPTIONS, loadCaps } from './load-caps.js';

/** `virtkit domxml-to-native`: the QEMU command line for a domain XML, like `virsh domxml-to-native qemu-argv`. */
export const domxmlToNativeCommand: Command = {
  name: 'domxml-to-native',
  summary: 'print the QEMU command line libvirt would run for a domain XML (no daemon)',
  usage: 'virtkit domxml-to-native [--caps FILE | --binary PATH] [--format args|json|shell] [--cache-dir DIR] FILE',
  options: { ...CAPS_SOURCE_OPTIONS, format: 'value' },
  async run(opts, io) {
    const format = opts.values.format ?? 'args';
    if (!['args', 'json', 'shell'].includes(format)) throw new UsageError(`--format must be args, json or shell, not '${format}'`);
    const [file, ...rest] = opts.positionals;
    if (!file) throw new UsageError('missing domain XML file');
    if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
    const caps = await loadCaps(opts, io);
    try {
      const domain = parseDomain(readFileSync(file, 'utf8'), { file });
      const cmd = buildCommandLine(domain, caps, standaloneRuntime());
      if (format === 'args') io.stdout.write(renderArgs(cmd));
      else if (format === 'shell') io.stdout.write(`${renderShell(cmd)}\n`);
      else io.stdout.write(`${JSON.stringify(cmd, null, 2)}\n`);
      return ExitCode.Ok;
    } catch (e) {
      // Malformed XML or a document that is not a domain is the input's fault, like a refused one.
      if (!(e instanceof Xml2ArgvError || e instanceof XmlSyntaxError || e instanceof ModelError)) throw e;
      io.stderr.write(`virtkit: error ${e.code}: ${e.message}\n`);
      return ExitCode.Failure;
    }
  },
};
