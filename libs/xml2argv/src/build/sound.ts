import type { Props } from '../argv/props.js';
import { attr, child, children } from '../input/json.js';
import { aliasOf, devicesOfKind } from '../prepare/devices.js';
import { Xml2ArgvError } from '../errors.js';
import { addressProps } from './address.js';
import type { BuildContext } from './context.js';

const SIMPLE: Record<string, string> = { ac97: 'AC97', es1370: 'ES1370', sb16: 'sb16', usb: 'usb-audio' };
const CODECS: Record<string, string> = { duplex: 'hda-duplex', micro: 'hda-micro', output: 'hda-output' };

/** Sound cards; HDA controllers get one device per codec, each tied to its audio backend. */
export function buildSoundArgs(ctx: BuildContext): void {
  const firstAudio = devicesOfKind(ctx.def, 'audio')[0];
  for (const s of devicesOfKind(ctx.def, 'sound')) {
    const model = attr(s, 'model') ?? '';
    const id = aliasOf(s)!;
    const audioId = attr(child(s, 'audio'), 'id') ?? attr(firstAudio, 'id');
    const audiodev = audioId === undefined ? undefined : `audio${audioId}`;
    // The PC speaker is a machine part, not a device; -soundhw still switches it on.
    if (model === 'pcspk') {
      ctx.cmd.add('-soundhw', 'pcspk');
      continue;
    }
    if (SIMPLE[model]) {
      const props: Props = { driver: SIMPLE[model], id, audiodev, ...addressProps(ctx, s) };
      ctx.cmd.add('-device', ctx.device(props));
      continue;
    }
    if (model !== 'ich6' && model !== 'ich9' && model !== 'ich7') throw new Xml2ArgvError('not-implemented', `sound model '${model}'`);
    const driver = model === 'ich9' ? 'ich9-intel-hda' : 'intel-hda';
    ctx.cmd.add('-device', ctx.device({ driver, id, ...addressProps(ctx, s) }));
    const codecs = children(s, 'codec');
    (codecs.length ? codecs : [{ type: 'duplex' }]).forEach((c, cad) => {
      const type = attr(c, 'type') ?? 'duplex';
      ctx.cmd.add('-device', ctx.device({ driver: CODECS[type], id: `${id}-codec${cad}`, bus: `${id}.0`, cad, audiodev }));
    });
  }
}
