import { describe, expect, it } from 'vitest';
import { QmpSchema } from '../src/index.js';

const schema = new QmpSchema([
  { name: 'blockdev-add', 'meta-type': 'command', 'arg-type': 'opts', features: ['json-cli'] },
  { name: 'opts', 'meta-type': 'object', members: [{ name: 'driver', type: 'drv' }, { name: 'discard', type: 'str', default: null }], variants: [{ case: 'file', type: 'file-opts' }] },
  { name: 'file-opts', 'meta-type': 'object', members: [{ name: 'aio', type: 'aio' }, { name: 'list', type: '[str]' }] },
  { name: 'aio', 'meta-type': 'enum', members: [{ name: 'threads' }, { name: 'io_uring', features: ['unstable'] }] },
  { name: 'drv', 'meta-type': 'enum', values: ['file', 'nbd'] },
  { name: '[str]', 'meta-type': 'array', 'element-type': 'str' },
  { name: 'str', 'meta-type': 'builtin', 'json-type': 'string' },
]);

describe('QMP schema paths', () => {
  it('follows arguments, members, variants and enum values', () => {
    expect(schema.has('blockdev-add/arg-type/+file/aio/^io_uring')).toBe(true);
    expect(schema.has('blockdev-add/arg-type/+file/aio/^native')).toBe(false);
    expect(schema.has('blockdev-add/arg-type/+nbd')).toBe(false);
    expect(schema.has('blockdev-add/arg-type/driver/^nbd')).toBe(true);
  });
  it('tests features, optional members and builtin types', () => {
    expect(schema.has('blockdev-add/$json-cli')).toBe(true);
    expect(schema.has('blockdev-add/$other')).toBe(false);
    expect(schema.has('blockdev-add/arg-type/+file/aio/^io_uring/$unstable')).toBe(true);
    expect(schema.has('blockdev-add/arg-type/*discard')).toBe(true);
    expect(schema.has('blockdev-add/arg-type/*driver')).toBe(false);
    expect(schema.has('blockdev-add/arg-type/+file/list/!string')).toBe(true);
    expect(schema.has('blockdev-add/arg-type/+file/list/!int')).toBe(false);
  });
  it('answers false for unknown commands', () => {
    expect(schema.has('no-such-command')).toBe(false);
  });
});
