import { child, type DomainJson } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';

// Device kinds and top-level elements the builder does not translate yet: refusing is
// better than a command line that silently lacks them.
const UNSUPPORTED_DEVICES = [
  'crypto', 'lease',
];
const UNSUPPORTED_TOP = ['launchSecurity'];

/** Throws `not-implemented` for anything the builders would otherwise drop. */
export function checkSupported(def: DomainJson): void {
  const devices = child(def, 'devices') ?? {};
  for (const kind of UNSUPPORTED_DEVICES) {
    const v = devices[kind];
    if (v !== undefined && (!Array.isArray(v) || v.length > 0)) throw new Xml2ArgvError('not-implemented', `<${kind}> devices`);
  }
  for (const name of UNSUPPORTED_TOP) if (def[name] !== undefined) throw new Xml2ArgvError('not-implemented', `<${name}>`);
}
