import { attr, type DomainJson, type JsonNode } from '../input/json.js';
import type { Runtime } from '../runtime.js';
import { deviceList, devicesOfKind } from './devices.js';

const AUDIO_TYPES = new Set(['none', 'alsa', 'coreaudio', 'jack', 'oss', 'pulseaudio', 'sdl', 'spice', 'file', 'dbus', 'pipewire']);

/**
 * A domain without `<audio>` gets one backend: SPICE's for SPICE displays, the silent `none`
 * for VNC and for no display at all, unless qemu.conf lets the guest use host audio; then
 * (and for SDL displays) the backend named by the process's QEMU_AUDIO_DRV, none when unset.
 */
export function setDefaultAudio(def: DomainJson, runtime?: Pick<Runtime, 'config' | 'env'>): void {
  if (devicesOfKind(def, 'audio').length > 0) return;
  const graphics = devicesOfKind(def, 'graphics');
  let add = false;
  let passthrough = false;
  let type = 'none';
  for (const g of graphics) {
    switch (attr(g, 'type')) {
      case 'vnc':
        add = true;
        passthrough = runtime?.config.vncAllowHostAudio ?? false;
        if (!passthrough) type = 'none';
        break;
      case 'spice':
        add = true;
        passthrough = false;
        type = 'spice';
        break;
      case 'sdl':
        add = true;
        passthrough = true;
        break;
      default:
        break;
    }
  }
  if (graphics.length === 0) {
    add = true;
    passthrough = runtime?.config.nogfxAllowHostAudio ?? false;
  }
  if (add && passthrough) {
    const env = runtime?.env.QEMU_AUDIO_DRV;
    if (env === undefined || !AUDIO_TYPES.has(env)) add = false;
    else type = env;
  }
  if (!add) return;
  const audio: JsonNode = { id: '1', type };
  const sdlDriver = runtime?.env.SDL_AUDIODRIVER;
  if (type === 'sdl' && sdlDriver) audio.driver = sdlDriver;
  deviceList(def, 'audio').push(audio);
}
