import { attr, child, type JsonNode } from '../input/json.js';
import { isArmVirtMachine, isPpc64Arch, isRiscvVirtMachine, isS390Arch, type ValidateContext } from './context.js';
import { MSG } from './messages.js';

// Displays that render through OpenGL when asked to (egl-headless always does).
const glEnabled = (g: JsonNode): boolean =>
  attr(g, 'type') === 'egl-headless' || attr(child(g, 'gl'), 'enable') === 'yes' || attr(g, 'gl') === 'yes';

/** Display combinations QEMU can run. */
export function checkGraphics(ctx: ValidateContext): void {
  const graphics = ctx.devices('graphics');
  const types = graphics.map((g) => attr(g, 'type'));
  if (types.includes('egl-headless') && graphics.length > 1 && !types.some((t) => t === 'vnc' || t === 'spice')) {
    throw MSG.eglHeadlessCompanion();
  }
  if (graphics.filter(glEnabled).length > 1) throw MSG.multipleGl();
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
