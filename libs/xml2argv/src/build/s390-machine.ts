import { attr, child, children, type DomainJson } from '../input/json.js';
import { devicesOfKind } from '../prepare/devices.js';

/**
 * `<keywrap>` ciphers as s390 machine properties (`aes-key-wrap=on`, `dea-key-wrap=off`):
 * whether the guest may use protected-key (wrapped) AES/DEA operations. AES comes first.
 */
export function keyWrapProps(def: DomainJson): string[] {
  const ciphers = children(child(def, 'keywrap'), 'cipher');
  const out: string[] = [];
  for (const name of ['aes', 'dea']) {
    const cipher = ciphers.find((c) => attr(c, 'name') === name);
    const state = attr(cipher, 'state');
    if (state !== undefined) out.push(`${name}-key-wrap=${state === 'off' ? 'off' : 'on'}`);
  }
  return out;
}

/**
 * The s390 IPL load parameter: the one of the first boot device (`<boot order='1'
 * loadparm>`), upper-cased as the firmware reads it.
 */
export function loadparmProp(def: DomainJson): string | undefined {
  for (const kind of ['disk', 'interface', 'hostdev']) {
    for (const dev of devicesOfKind(def, kind)) {
      const boot = child(dev, 'boot');
      if (attr(boot, 'order') !== '1') continue;
      const loadparm = attr(boot, 'loadparm');
      return loadparm === undefined ? undefined : `loadparm=${loadparm.toUpperCase()}`;
    }
  }
  return undefined;
}
