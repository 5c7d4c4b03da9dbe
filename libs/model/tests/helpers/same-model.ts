import { documentOrder } from '../../src/runtime/symbols.js';

/** First difference between two JSON-form values, document order included; undefined when equal. */
export function modelDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return `${path || '/'}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  if (typeof a !== 'object' || a === null) return a === b ? undefined : `${path || '/'}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  const x = a as Record<string | symbol, unknown>;
  const y = b as Record<string | symbol, unknown>;
  const keys = Object.keys(x);
  if (keys.join('\u0000') !== Object.keys(y).join('\u0000')) return `${path || '/'}: keys ${keys.join(',')} vs ${Object.keys(y).join(',')}`;
  if (JSON.stringify(x[documentOrder]) !== JSON.stringify(y[documentOrder])) {
    return `${path || '/'}: document order ${JSON.stringify(x[documentOrder])} vs ${JSON.stringify(y[documentOrder])}`;
  }
  for (const key of keys) {
    const d = modelDifference(x[key], y[key], `${path}/${key}`);
    if (d) return d;
  }
  return undefined;
}
