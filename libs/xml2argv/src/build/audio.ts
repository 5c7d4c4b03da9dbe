import { toJsonArg, type Props } from '../argv/props.js';
import { attr, child, type JsonNode } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';

const DRIVERS: Record<string, string> = {
  none: 'none', alsa: 'alsa', coreaudio: 'coreaudio', jack: 'jack', oss: 'oss', pulseaudio: 'pa',
  sdl: 'sdl', spice: 'spice', file: 'wav', dbus: 'dbus', pipewire: 'pipewire',
};

type Kind = 'string' | 'number' | 'bool';
// Per-direction settings each backend adds after the common ones: XML attribute → QEMU name.
const DIRECTION_PROPS: Record<string, readonly (readonly [string, string, Kind])[]> = {
  alsa: [['dev', 'dev', 'string']],
  coreaudio: [['bufferCount', 'buffer-count', 'number']],
  jack: [['serverName', 'server-name', 'string'], ['clientName', 'client-name', 'string'], ['connectPorts', 'connect-ports', 'string'], ['exactName', 'exact-name', 'bool']],
  oss: [['dev', 'dev', 'string'], ['bufferCount', 'buffer-count', 'number'], ['tryPoll', 'try-poll', 'bool']],
  pulseaudio: [['name', 'name', 'string'], ['streamName', 'stream-name', 'string'], ['latency', 'latency', 'number']],
  pipewire: [['name', 'name', 'string'], ['streamName', 'stream-name', 'string'], ['latency', 'latency', 'number']],
  sdl: [['bufferCount', 'buffer-count', 'number']],
};

const value = (v: string | undefined, kind: Kind): string | number | boolean | undefined => {
  if (v === undefined) return undefined;
  return kind === 'number' ? Number(v) : kind === 'bool' ? v === 'yes' : v;
};

function direction(type: string, el: JsonNode | undefined): Props | undefined {
  if (!el) return undefined;
  const settings = child(el, 'settings');
  const props: Props = {
    'mixing-engine': value(attr(el, 'mixingEngine'), 'bool'),
    'fixed-settings': value(attr(el, 'fixedSettings'), 'bool'),
    voices: value(attr(el, 'voices'), 'number'),
    'buffer-length': value(attr(el, 'bufferLength'), 'number'),
    frequency: value(attr(settings, 'frequency'), 'number'),
    channels: value(attr(settings, 'channels'), 'number'),
    format: attr(settings, 'format'),
  };
  for (const [xml, qemu, kind] of DIRECTION_PROPS[type] ?? []) props[qemu] = value(attr(el, xml), kind);
  return Object.values(props).some((v) => v !== undefined) ? props : undefined;
}

/** One `-audiodev` (always JSON) per `<audio>` backend. */
export function buildAudioArgs(ctx: BuildContext): void {
  for (const a of devicesOfKind(ctx.def, 'audio')) {
    const type = attr(a, 'type') ?? 'none';
    const driver = DRIVERS[type];
    if (!driver) throw new Xml2ArgvError('not-implemented', `audio type '${type}'`);
    const props: Props = { id: `audio${attr(a, 'id') ?? '1'}`, driver, 'timer-period': value(attr(a, 'timerPeriod'), 'number') };
    if (type === 'pulseaudio') props.server = attr(a, 'serverName');
    if (type === 'file') props.path = attr(a, 'path');
    if (type === 'oss') {
      props['try-mmap'] = value(attr(a, 'tryMMap'), 'bool');
      props.exclusive = value(attr(a, 'exclusive'), 'bool');
      props['dsp-policy'] = value(attr(a, 'dspPolicy'), 'number');
    }
    if (type === 'pipewire') props['runtime-dir'] = attr(a, 'runtimeDir');
    props.in = direction(type, child(a, 'input'));
    props.out = direction(type, child(a, 'output'));
    ctx.cmd.add('-audiodev', toJsonArg(props));
  }
}
