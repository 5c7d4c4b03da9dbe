import { attr, child, childText, type DomainJson } from '../input/json.js';
import { toKiB } from '../prepare/units.js';
import { isPseries } from '../prepare/pseries.js';
import { machineName } from '../prepare/machine.js';

/**
 * pSeries machine capabilities from `<features>`, in the order QEMU documents them: hash page
 * table resizing and its largest page size, then the `cap-*` switches (transactional memory,
 * nested KVM, the Spectre/Meltdown mitigations' count-cache flush assist, cache flush on
 * privilege change, speculation barrier and indirect branch serialisation).
 */
export function pseriesFeatureProps(def: DomainJson): string[] {
  if (!isPseries(machineName(def))) return [];
  const features = child(def, 'features');
  const out: string[] = [];
  const hpt = child(features, 'hpt');
  const resizing = attr(hpt, 'resizing');
  if (resizing !== undefined) out.push(`resize-hpt=${resizing}`);
  const maxPage = child(hpt, 'maxpagesize');
  if (maxPage) out.push(`cap-hpt-max-page-size=${toKiB(maxPage)}k`);
  for (const name of ['htm', 'nested-hv', 'ccf-assist']) {
    const state = attr(child(features, name), 'state');
    if (state !== undefined) out.push(`cap-${name}=${state === 'on' ? 'on' : 'off'}`);
  }
  for (const name of ['cfpc', 'sbbc', 'ibs']) {
    const value = attr(child(features, name), 'value');
    if (value !== undefined) out.push(`cap-${name}=${value}`);
  }
  return out;
}

/**
 * A pSeries `host-model` CPU runs as the host CPU; the model written is the compatibility
 * level the guest is limited to (`max-cpu-compat=power9`).
 */
export function pseriesCpuCompat(def: DomainJson): string | undefined {
  if (!isPseries(machineName(def))) return undefined;
  const cpu = child(def, 'cpu');
  if (attr(cpu, 'mode') !== 'host-model') return undefined;
  const model = childText(cpu, 'model')?.trim();
  return model ? `max-cpu-compat=${model}` : undefined;
}
