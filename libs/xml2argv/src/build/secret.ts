import { createCipheriv } from 'node:crypto';
import { attr, child, type JsonNode } from '../input/json.js';
import { Xml2ArgvError } from '../errors.js';
import type { BuildContext } from './context.js';
import type { SecretRef } from '../runtime.js';

/**
 * Emits `-object secret` carrying a secret encrypted with the domain's master key (QEMU
 * decrypts it with `keyid=masterKey0`) and returns the object's id.
 */
export function addSecretObject(ctx: BuildContext, id: string, secretEl: JsonNode | undefined, what: string): string {
  return addSecret(ctx, id, { type: attr(secretEl, 'type'), usage: attr(secretEl, 'usage'), uuid: attr(secretEl, 'uuid') }, what);
}

/** Like addSecretObject, for a secret named by reference rather than by an XML element. */
export function addSecret(ctx: BuildContext, id: string, ref: SecretRef, what: string): string {
  const value = ctx.runtime.secrets.lookup(ref);
  if (!value) throw new Xml2ArgvError('operation-invalid', `no secret for ${what}`);
  return addSecretValue(ctx, id, value);
}

/** `-object secret` for a value the domain definition itself holds (HTTP cookies). */
export function addSecretValue(ctx: BuildContext, id: string, value: Uint8Array | string): string {
  const iv = ctx.runtime.secrets.iv();
  const cipher = createCipheriv('aes-256-cbc', ctx.runtime.secrets.masterKey, iv);
  const data = Buffer.concat([cipher.update(value), cipher.final()]).toString('base64');
  ctx.cmd.add('-object', ctx.object({ 'qom-type': 'secret', id, data, keyid: 'masterKey0', iv: Buffer.from(iv).toString('base64'), format: 'base64' }));
  return id;
}

/** The `<secret>` of an `<auth>` element. */
export const authSecret = (auth: JsonNode | undefined): JsonNode | undefined => child(auth, 'secret');
