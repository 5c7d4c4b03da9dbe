import { cloneJson, type DomainJson, type JsonNode, type JsonValue } from '../input/json.js';

const isNodeValue = (v: unknown): v is JsonNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A copy of the domain without what only a running domain has: its id and the aliases libvirt
 * generated (user aliases, `ua-...`, belong to the definition and stay).
 */
export function dropLiveState(domain: DomainJson): DomainJson {
  const def = cloneJson(domain);
  delete def.id;
  stripAliases(def.devices);
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
