import type { Props } from '../argv/props.js';
import { attr, child, childText, type JsonNode } from '../input/json.js';

/**
 * A pSeries PCI host bridge beyond the built-in one: `spapr-pci-host-bridge` with the PHB
 * number the guest sees (`<target index>`) and, optionally, the NUMA node it belongs to.
 */
export function spaprPhbProps(ctrl: JsonNode, id: string | undefined): Props {
  const target = child(ctrl, 'target');
  const node = childText(target, 'node');
  return {
    driver: 'spapr-pci-host-bridge',
    index: Number(attr(target, 'index') ?? attr(ctrl, 'index')),
    id,
    numa_node: node === undefined ? undefined : Number(node.trim()),
  };
}
