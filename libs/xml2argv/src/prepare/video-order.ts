import { attr, child, type DomainJson } from '../input/json.js';
import { deviceList } from './devices.js';

/**
 * The video adapter marked `primary='yes'` becomes the first one: it is the guest's VGA
 * device, gets the primary's PCI slot and alias `video0`; the others keep their order.
 */
export function movePrimaryVideoFirst(def: DomainJson): void {
  const videos = deviceList(def, 'video');
  const at = videos.findIndex((v) => attr(child(v, 'model'), 'primary') === 'yes');
  if (at > 0) videos.unshift(...videos.splice(at, 1));
}
