import type { DomainJson } from '../input/json.js';

/**
 * s390 KVM guests whose machine defaults to the host CPU: machine types from 2.8 on support
 * CPU models, so the guest gets the host model (expanded by QEMU); older ones can only pass
 * the host CPU through.
 */
export function s390DefaultCpu(machine: string, typename: string): DomainJson | undefined {
  if (!typename.startsWith('host-')) return undefined;
  const version = /-(\d+)\.(\d+)$/.exec(machine);
  const old = version !== null && (Number(version[1]) < 2 || (Number(version[1]) === 2 && Number(version[2]) < 8));
  return old ? { mode: 'host-passthrough', check: 'none' } : { mode: 'host-model', check: 'partial' };
}
