import { attr, type DomainJson } from '../input/json.js';
import { deviceList, devicesOfKind } from './devices.js';

/**
 * A domain without `<audio>` gets one backend for its sound devices and displays: SPICE's
 * when the first display is SPICE, else the silent `none`. Displays that carry their own
 * audio (SDL, D-Bus, EGL headless) get none.
 */
export function setDefaultAudio(def: DomainJson): void {
  if (devicesOfKind(def, 'audio').length > 0) return;
  const graphics = devicesOfKind(def, 'graphics').map((g) => attr(g, 'type'));
  if (graphics.some((t) => t === 'sdl' || t === 'dbus' || t === 'egl-headless') && !graphics.some((t) => t === 'vnc' || t === 'spice')) return;
  deviceList(def, 'audio').push({ id: '1', type: graphics[0] === 'spice' ? 'spice' : 'none' });
}
