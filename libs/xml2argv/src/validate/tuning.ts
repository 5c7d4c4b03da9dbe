import { attr, child, children, text } from '../input/json.js';
import type { ValidateContext } from './context.js';
import { MSG } from './messages.js';
import { parseNodeset } from './nodeset.js';

/** The IOThread ids a domain defines: `<iothreadids>` when given, else 1..`<iothreads>`. */
function iothreadIds(ctx: ValidateContext): Set<number> {
  const listed = children(child(ctx.def, 'iothreadids'), 'iothread').map((t) => Number(attr(t, 'id')));
  const count = Number(text(ctx.def.iothreads) ?? 0);
  const ids = new Set(listed);
  for (let id = 1; ids.size < count; id++) ids.add(id);
  return ids;
}

/** IOThreads need the binary's support. */
export function checkIothreads(ctx: ValidateContext): void {
  if (iothreadIds(ctx).size > 0 && !ctx.has('iothread')) throw MSG.iothreadsUnsupported();
}

/** `<cputune>` may only name IOThreads that exist. */
export function checkIothreadSched(ctx: ValidateContext): void {
  const ids = iothreadIds(ctx);
  const cputune = child(ctx.def, 'cputune');
  for (const sched of children(cputune, 'iothreadsched')) {
    for (const id of parseNodeset(attr(sched, 'iothreads') ?? '') ?? []) if (!ids.has(id)) throw MSG.iothreadMissing(id);
  }
}

/** Each vCPU gets at most one scheduler setting. */
export function checkVcpuSched(ctx: ValidateContext): void {
  const seen = new Set<number>();
  for (const sched of children(child(ctx.def, 'cputune'), 'vcpusched')) {
    for (const cpu of parseNodeset(attr(sched, 'vcpus') ?? '') ?? []) {
      if (seen.has(cpu)) throw MSG.vcpuschedOverlap();
      seen.add(cpu);
    }
  }
}
