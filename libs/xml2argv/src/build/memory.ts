import { child, list, type JsonNode } from '../input/json.js';
import { machineInfo } from '../prepare/machine.js';
import { memoryKiB } from '../prepare/memory.js';
import { toKiB } from '../prepare/units.js';
import type { BuildContext } from './context.js';
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
  }
  const locked = child(child(ctx.def, 'memoryBacking'), 'locked') !== undefined || ctx.def.memoryBacking !== undefined && (ctx.def.memoryBacking as JsonNode).locked !== undefined;
  ctx.cmd.add('-overcommit', `mem-lock=${locked ? 'on' : 'off'}`);
}
