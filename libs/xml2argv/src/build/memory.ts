import { attr, child, childText, list, type JsonNode } from '../input/json.js';
import { machineInfo } from '../prepare/machine.js';
import { memoryKiB } from '../prepare/memory.js';
import { toKiB } from '../prepare/units.js';
import { shortName, type BuildContext } from './context.js';
import { memoryBackend } from './memory-backend.js';

export function numaCells(ctx: BuildContext): JsonNode[] {
  return list(child(child(ctx.def, 'cpu'), 'numa')?.cell);
}

/** Guest RAM comes from a backend object named after the machine's RAM region. */
export function usesMachineMemoryBackend(ctx: BuildContext): boolean {
  return machineInfo(ctx.def, ctx.caps)?.defaultRAMid !== undefined && numaCells(ctx).length === 0;
}

/** `-m`, the machine RAM backend object and `-overcommit`. */
export function buildMemoryArgs(ctx: BuildContext): void {
  const kib = memoryKiB(ctx.def);
  const maxMem = child(ctx.def, 'maxMemory');
  if (maxMem) {
    ctx.cmd.add('-m', `size=${kib}k,slots=${maxMem.slots ?? 0},maxmem=${toKiB(maxMem)}k`);
  } else {
    ctx.cmd.add('-m', String(Math.floor(kib / 1024)));
  }
  if (usesMachineMemoryBackend(ctx)) {
    const id = machineInfo(ctx.def, ctx.caps)!.defaultRAMid!;
    ctx.cmd.add('-object', ctx.object(memoryBackend(ctx, id, kib, undefined, true)));
  } else if (numaCells(ctx).length === 0) {
    addLegacyFileBacking(ctx);
  }
  const locked = child(child(ctx.def, 'memoryBacking'), 'locked') !== undefined || ctx.def.memoryBacking !== undefined && (ctx.def.memoryBacking as JsonNode).locked !== undefined;
  ctx.cmd.add('-overcommit', `mem-lock=${locked ? 'on' : 'off'}`);
}

/**
 * Without a RAM backend object, file-backed guest RAM is QEMU's `-mem-path` (a file in the
 * domain's directory below memoryBackingDir), preallocated up front when asked.
 */
function addLegacyFileBacking(ctx: BuildContext): void {
  const backing = child(ctx.def, 'memoryBacking');
  if (attr(child(backing, 'source'), 'type') !== 'file') return;
  if (attr(child(backing, 'allocation'), 'mode') === 'immediate') ctx.cmd.add('-mem-prealloc');
  const dir = `${ctx.runtime.config.memoryBackingDir}/${ctx.runtime.domainId}-${shortName(childText(ctx.def, 'name') ?? '')}`;
  ctx.cmd.add('-mem-path', `${dir}/ram`);
}
