import { toJsonArg, type Props } from '../argv/props.js';
import { attr } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';

const DRIVERS: Record<string, string> = {
  none: 'none', alsa: 'alsa', coreaudio: 'coreaudio', jack: 'jack', oss: 'oss', pulseaudio: 'pa',
  sdl: 'sdl', spice: 'spice', file: 'wav', dbus: 'dbus', pipewire: 'pipewire',
};

/** One `-audiodev` (always JSON) per `<audio>` backend. */
export function buildAudioArgs(ctx: BuildContext): void {
  for (const a of devicesOfKind(ctx.def, 'audio')) {
    const type = attr(a, 'type') ?? 'none';
    const driver = DRIVERS[type];
    if (!driver) throw new Xml2ArgvError('not-implemented', `audio type '${type}'`);
    const props: Props = { id: `audio${attr(a, 'id') ?? '1'}`, driver };
    if (Object.keys(a).some((k) => !['id', 'type', 'alias'].includes(k))) {
      throw new Xml2ArgvError('not-implemented', `audio settings for '${type}'`);
    }
    ctx.cmd.add('-audiodev', toJsonArg(props));
  }
}
