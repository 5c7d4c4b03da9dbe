import { attr, text, type JsonNode } from '../input/json.js';

const FACTORS: Record<string, number> = {
  b: 1 / 1024, bytes: 1 / 1024,
  k: 1, kib: 1, kb: 1000 / 1024,
  m: 1024, mib: 1024, mb: 1e6 / 1024,
  g: 1024 ** 2, gib: 1024 ** 2, gb: 1e9 / 1024,
  t: 1024 ** 3, tib: 1024 ** 3, tb: 1e12 / 1024,
  p: 1024 ** 4, pib: 1024 ** 4, pb: 1e15 / 1024,
  e: 1024 ** 5, eib: 1024 ** 5, eb: 1e18 / 1024,
};

/** A scaled size (`<memory unit='MiB'>512</memory>`) in KiB, rounded up. */
export function toKiB(node: JsonNode | string | undefined, defaultUnit = 'KiB'): number {
  if (node === undefined) return 0;
  const raw = typeof node === 'string' ? node : text(node) ?? '0';
  const unit = (typeof node === 'string' ? defaultUnit : attr(node, 'unit') ?? defaultUnit).toLowerCase();
  return Math.ceil(Number(raw.trim()) * (FACTORS[unit] ?? 1));
}

/** A size attribute pair (`size` + `unit`) in KiB. */
export function sizeKiB(value: string | undefined, unit: string | undefined, defaultUnit = 'KiB'): number | undefined {
  if (value === undefined) return undefined;
  return toKiB({ '#text': value, unit: unit ?? defaultUnit });
}

/** A scaled size in bytes, exact (`<max_size unit='KiB'>1024</max_size>`); `defaultUnit` when no unit is given. */
export function toBytes(node: JsonNode | undefined, defaultUnit = 'bytes'): number {
  if (node === undefined) return 0;
  const raw = text(node) ?? '0';
  const unit = (attr(node, 'unit') ?? defaultUnit).toLowerCase();
  return Math.round(Number(raw.trim()) * (FACTORS[unit] ?? 1 / 1024) * 1024);
}
