/**
 * Property bags for QEMU options that take either JSON or `key=value,...` syntax (-device,
 * -object, -netdev, -blockdev, -audiodev). Builders fill one ordered bag; the caps flags
 * decide at the end which syntax is written. Undefined values are dropped, so builders can
 * write optional properties inline.
 */
export type PropValue = string | number | bigint | boolean | null | PropValue[] | Props;
export interface Props {
  [key: string]: PropValue | undefined;
}

/** Doubles commas: QEMU's option parser reads `,,` as a literal comma inside a value. */
export function escapeComma(value: string): string {
  return value.replaceAll(',', ',,');
}

/** A copy of the bag without undefined values (recursively), key order kept. */
export function compact(props: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    out[k] = isProps(v) ? compact(v) : v;
  }
  return out;
}

const isProps = (v: PropValue): v is Props => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON syntax, compact, key order as inserted (QEMU's `-device '{"driver":...}'`). */
export function toJsonArg(props: Props): string {
  return stringify(compact(props));
}

// JSON.stringify cannot write bigint (64-bit WWNs and sizes must stay exact).
function stringify(v: PropValue): string {
  if (typeof v === 'bigint') return v.toString();
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(stringify).join(',')}]`;
  if (typeof v === 'object') {
    return `{${Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => `${JSON.stringify(k)}:${stringify(x!)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * `key=value` syntax. `typeKey` names the property written first without `key=` (driver,
 * qom-type, type). Nested objects flatten to dotted keys; arrays of numbers become ranges
 * (`host-nodes=0-3`), other arrays repeat the key.
 */
export function toKeyValueArg(props: Props, typeKey?: string): string {
  const parts: string[] = [];
  const bag = compact(props);
  if (typeKey !== undefined && bag[typeKey] !== undefined) parts.push(escapeComma(String(bag[typeKey])));
  const emit = (prefix: string, obj: Props): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (prefix === '' && k === typeKey) continue;
      if (v === undefined || v === null) continue;
      const key = prefix + k;
      if (Array.isArray(v)) emitArray(key, v);
      else if (typeof v === 'object') emit(`${key}.`, v);
      else parts.push(`${key}=${scalar(v)}`);
    }
  };
  const emitArray = (key: string, arr: PropValue[]): void => {
    if (arr.every((x) => typeof x === 'number')) {
      for (const r of ranges(arr as number[])) parts.push(`${key}=${r}`);
      return;
    }
    for (const x of arr) parts.push(`${key}=${typeof x === 'object' && x !== null ? stringify(x) : scalar(x ?? '')}`);
  };
  emit('', bag);
  return parts.join(',');
}

function scalar(v: string | number | bigint | boolean): string {
  if (typeof v === 'boolean') return v ? 'on' : 'off';
  return typeof v === 'string' ? escapeComma(v) : String(v);
}

function ranges(nums: number[]): string[] {
  const sorted = [...new Set(nums)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return out;
}
