import type { Domain } from '@virtkit/model';

/**
 * The JSON form of a domain as @virtkit/model defines it: attributes and child elements are
 * properties named as in XML, text sits under `#text`, text-only elements collapse to strings,
 * an attribute that collides with a child element's name is stored as `@name`. Repeated
 * elements are arrays; the accessors below also accept a lone object where an array is
 * expected, so documents built by hand work the same as `parseDomain`'s.
 */
export type JsonValue = string | number | boolean | JsonNode | JsonValue[];
export interface JsonNode {
  [key: string]: JsonValue | undefined;
}

/** A domain in the JSON form (the `<domain>` element's content). */
export type DomainJson = JsonNode;

/**
 * What the public entry points accept: `parseDomain`'s typed `Domain`, or a JSON form built by
 * hand. Both are read through the accessors below; the generated interfaces only lack the
 * index signature that lets TypeScript see them as a JSON tree.
 */
export type DomainInput = Domain | DomainJson;

export const asDomainJson = (domain: DomainInput): DomainJson => domain as DomainJson;

const isNode = (v: unknown): v is JsonNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every element of a child property, whatever its stored shape; strings become `{#text}`. */
export function list(v: JsonValue | undefined): JsonNode[] {
  if (v === undefined) return [];
  const items = Array.isArray(v) ? v : [v];
  return items.map((x) => (isNode(x) ? x : { '#text': String(x) }));
}

/** The first (usually only) element of a child property. */
export function one(v: JsonValue | undefined): JsonNode | undefined {
  return list(v)[0];
}

/** Text content of a child element given its property value. */
export function text(v: JsonValue | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return text(v[0]);
  if (isNode(v)) {
    const t = v['#text'];
    return t === undefined ? undefined : String(t);
  }
  return String(v);
}

/** An attribute of a node (`@name` when it collides with a child element). */
export function attr(node: JsonNode | undefined, name: string): string | undefined {
  if (!node) return undefined;
  const at = node[`@${name}`];
  if (at !== undefined) return String(at);
  const v = node[name];
  return v === undefined || isNode(v) || Array.isArray(v) ? undefined : String(v);
}

/** A child element (never an attribute of the same name). */
export function child(node: JsonNode | undefined, name: string): JsonNode | undefined {
  if (!node) return undefined;
  return node[`@${name}`] !== undefined || isNode(node[name]) || Array.isArray(node[name]) ? one(node[name]) : undefined;
}

/** All child elements of that name. */
export function children(node: JsonNode | undefined, name: string): JsonNode[] {
  return node ? list(node[name]) : [];
}

/** Text of a child element (`<name>x</name>` → 'x'). */
export function childText(node: JsonNode | undefined, name: string): string | undefined {
  return node ? text(node[name]) : undefined;
}

/** Attribute as an integer (decimal or 0x hex as libvirt accepts); undefined when absent. */
export function intAttr(node: JsonNode | undefined, name: string): number | undefined {
  const v = attr(node, name);
  return v === undefined ? undefined : parseIntLoose(v);
}

export function parseIntLoose(v: string): number {
  const s = v.trim();
  return /^0x/i.test(s) ? parseInt(s.slice(2), 16) : Number(s);
}

/** libvirt's yes/no (and on/off) attributes; undefined when absent. */
export function yesNo(node: JsonNode | undefined, name: string): boolean | undefined {
  const v = attr(node, name);
  if (v === undefined) return undefined;
  return v === 'yes' || v === 'on';
}

/** Deep copy (the prepare step never mutates its input). */
export function cloneJson<T extends JsonValue>(v: T): T {
  return structuredClone(v);
}

/** Sets a child property to a node or list, creating it. */
export function setChild(node: JsonNode, name: string, value: JsonNode | JsonNode[]): void {
  node[name] = value;
}
