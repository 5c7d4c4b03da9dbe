import type { Props } from '../argv/props.js';
import { attr, child, childText, children, type JsonNode } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';

/**
 * The domain's I/O thread ids in the order their objects are created: those `<iothreadids>`
 * names as written, then the lowest unused ids until `<iothreads>` threads exist.
 */
export function iothreadIds(def: JsonNode): { id: number; node?: JsonNode }[] {
  const given = children(child(def, 'iothreadids'), 'iothread').map((node) => ({ id: Number(attr(node, 'id')), node }));
  const count = Math.max(Number((childText(def, 'iothreads') ?? '0').trim()), given.length);
  const used = new Set(given.map((g) => g.id));
  const all: { id: number; node?: JsonNode }[] = [...given];
  for (let id = 1; all.length < count; id++) if (!used.has(id)) all.push({ id });
  return all;
}

const num = (node: JsonNode | undefined, name: string): number | undefined =>
  attr(node, name) === undefined ? undefined : Number(attr(node, name));

/** `-object iothread` per I/O thread, and the main loop's worker pool limits when given. */
export function buildIothreadArgs(ctx: BuildContext): void {
  for (const { id, node } of iothreadIds(ctx.def)) {
    if (child(node, 'poll') !== undefined) throw new Xml2ArgvError('not-implemented', 'iothread polling parameters');
    const props: Props = {
      'qom-type': 'iothread', id: `iothread${id}`,
      'thread-pool-min': num(node, 'thread_pool_min'), 'thread-pool-max': num(node, 'thread_pool_max'),
    };
    ctx.cmd.add('-object', ctx.object(props));
  }
  const main = child(ctx.def, 'defaultiothread');
  if (main && (attr(main, 'thread_pool_min') !== undefined || attr(main, 'thread_pool_max') !== undefined)) {
    ctx.cmd.add('-object', ctx.object({
      'qom-type': 'main-loop', id: 'main-loop',
      'thread-pool-min': num(main, 'thread_pool_min'), 'thread-pool-max': num(main, 'thread_pool_max'),
    }));
  }
}

/** The `iothread` property of a virtio disk or SCSI controller whose `<driver>` names one. */
export const iothreadProp = (driver: JsonNode | undefined): string | undefined =>
  attr(driver, 'iothread') === undefined ? undefined : `iothread${attr(driver, 'iothread')}`;
