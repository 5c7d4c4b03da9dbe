import { attr, child } from '../input/json.js';
import { isArmVirtMachine, isPpc64Arch, isRiscvVirtMachine, isS390Arch, type ValidateContext } from './context.js';
import { MSG } from './messages.js';

/** Display combinations QEMU can run: egl-headless pairs only with VNC or SPICE without GL. */
export function checkGraphics(ctx: ValidateContext): void {
  const graphics = ctx.devices('graphics');
  if (!graphics.some((g) => attr(g, 'type') === 'egl-headless')) return;
  for (const g of graphics) {
    const type = attr(g, 'type');
    if (type !== 'egl-headless' && type !== 'vnc' && type !== 'spice') throw MSG.eglHeadlessCompanion();
    if (type === 'spice' && attr(child(g, 'gl'), 'enable') === 'yes') throw MSG.multipleGl();
  }
}

/** The video model used when none is written: depends on the machine and the devices present. */
function defaultVideoAvailable(ctx: ValidateContext): boolean {
  if (isPpc64Arch(ctx.arch) || isArmVirtMachine(ctx) || isRiscvVirtMachine(ctx) || isS390Arch(ctx.arch)) return true;
  return ctx.has('cirrus-vga') || ctx.has('VGA');
}

/** Video devices: a model to use, one primary, `none` alone, addresses only where they exist. */
export function checkVideo(ctx: ValidateContext): void {
  const videos = ctx.devices('video');
  const modelless = videos.some((v) => attr(child(v, 'model'), 'type') === undefined);
  const implicit = videos.length === 0 && ctx.devices('graphics').length > 0;
  if ((modelless || implicit) && !defaultVideoAvailable(ctx)) throw MSG.videoNoDefault();
  const types = videos.map((v) => attr(child(v, 'model'), 'type'));
  if (types.includes('none') && videos.length > 1) throw MSG.videoNoneNotAlone();
  if (videos.filter((v) => attr(child(v, 'model'), 'primary') === 'yes').length > 1) throw MSG.videoPrimaries();
  for (const v of videos) {
    const type = attr(child(v, 'model'), 'type');
    if (type === 'ramfb' && child(v, 'address')) throw MSG.videoAddress(type);
  }
}
