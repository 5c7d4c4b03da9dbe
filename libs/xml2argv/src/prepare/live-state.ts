import { cloneJson, type DomainJson, type JsonNode, type JsonValue } from '../input/json.js';

const isNodeValue = (v: unknown): v is JsonNode => typeof v === 'object' && v !== null && !Array.isArray(v);
const nodes = (v: JsonValue | undefined): JsonNode[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(isNodeValue);

/**
 * A copy of the domain without what only a running domain has: its id, the aliases libvirt
 * generated (user aliases, `ua-...`, belong to the definition and stay), block jobs and image
 * node indexes, network port ids, channel connection states.
 */
export function dropLiveState(domain: DomainJson): DomainJson {
  const def = cloneJson(domain);
  delete def.id;
  stripAliases(def.devices);
  const devices = nodes(def.devices)[0];
  for (const disk of nodes(devices?.disk)) {
    delete disk.mirror;
    for (let s: JsonNode | undefined = disk; s; s = nodes(s.backingStore)[0]) {
      for (const src of nodes(s.source)) delete src.index;
      if (s !== disk) delete s.index;
    }
  }
  for (const net of nodes(devices?.interface)) for (const src of nodes(net.source)) delete src.portid;
  for (const ch of nodes(devices?.channel)) for (const t of nodes(ch.target)) delete t.state;
  return def;
}

function stripAliases(v: JsonValue | undefined): void {
  if (Array.isArray(v)) for (const x of v) stripAliases(x);
  else if (isNodeValue(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'alias' && isNodeValue(x) && !String(x.name ?? '').startsWith('ua-')) delete v[k];
      else stripAliases(x);
    }
  }
}
