import { escapeComma } from '../argv/props.js';
import { attr, child, childText } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';
import type { BuildContext } from './context.js';

/** The process environment: locale, PATH, HOME and XDG dirs inside the private dir. */
export function buildEnv(ctx: BuildContext): void {
  const { cmd, runtime, privateDir } = ctx;
  cmd.setEnv('LC_ALL', 'C');
  if (runtime.env.PATH !== undefined) cmd.setEnv('PATH', runtime.env.PATH);
  cmd.setEnv('HOME', privateDir);
  if (runtime.env.USER !== undefined) cmd.setEnv('USER', runtime.env.USER);
  if (runtime.env.LOGNAME !== undefined) cmd.setEnv('LOGNAME', runtime.env.LOGNAME);
  cmd.setEnv('XDG_DATA_HOME', `${privateDir}/.local/share`);
  cmd.setEnv('XDG_CACHE_HOME', `${privateDir}/.cache`);
  cmd.setEnv('XDG_CONFIG_HOME', `${privateDir}/.config`);
  // Cyrus SASL reads its configuration directory from the environment.
  const graphics = devicesOfKind(ctx.def, 'graphics').map((g) => attr(g, 'type'));
  const cfg = runtime.config;
  const saslDir = graphics.includes('vnc') && cfg.vncSASL ? cfg.vncSASLdir : graphics.includes('spice') && cfg.spiceSASL ? cfg.spiceSASLdir : undefined;
  if (saslDir) cmd.setEnv('SASL_CONF_PATH', saslDir);
  const clock = child(ctx.def, 'clock');
  if (attr(clock, 'offset') === 'timezone' && attr(clock, 'timezone')) cmd.setEnv('TZ', attr(clock, 'timezone')!);
  // SDL picks its audio driver from the environment, not from -audiodev.
  const sdl = devicesOfKind(ctx.def, 'audio').find((a) => attr(a, 'type') === 'sdl' && attr(a, 'driver') !== undefined);
  if (sdl) cmd.setEnv('SDL_AUDIODRIVER', attr(sdl, 'driver')!);
}

/** `-name guest=NAME,debug-threads=on`, then `-S` and the master key secret. */
export function buildNameArgs(ctx: BuildContext): void {
  const name = childText(ctx.def, 'name') ?? '';
  let value = `guest=${escapeComma(name)}`;
  if (ctx.runtime.config.setProcessName) value += `,process=qemu:${escapeComma(name)}`;
  ctx.cmd.add('-name', `${value},debug-threads=on`);
  ctx.cmd.add('-S');
  ctx.cmd.add('-object', ctx.object({ 'qom-type': 'secret', id: 'masterKey0', format: 'raw', file: `${ctx.privateDir}/master-key.aes` }));
}
