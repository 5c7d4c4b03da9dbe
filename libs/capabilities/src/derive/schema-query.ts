/**
 * Asks questions of QEMU's introspected QMP schema (`query-qmp-schema`) with slash-separated
 * paths, e.g. `blockdev-add/arg-type/+file/aio/^io_uring`:
 *
 * - the first step names a command, event or type;
 * - on a command or event, `arg-type` / `ret-type` follow that type;
 * - on an object, `name` follows a member, `*name` a member that is optional, `+case` a
 *   variant of a union; arrays are looked through to their element type;
 * - alternates are tried member by member until one answers;
 * - final steps test instead of follow: `^value` an enum value, `!json` a builtin's JSON type,
 *   `$feature` a feature flag of the current entity (also after `^value` for enum members).
 */
export type SchemaEntry = Record<string, unknown> & { readonly name: string; readonly 'meta-type': string };

export class QmpSchema {
  private readonly byName = new Map<string, SchemaEntry>();

  constructor(entries: readonly SchemaEntry[]) {
    for (const e of entries) this.byName.set(e.name, e);
  }

  get(name: string): SchemaEntry | undefined {
    return this.byName.get(name);
  }

  /** Names of every command in the schema. */
  commands(): string[] {
    return [...this.byName.values()].filter((e) => e['meta-type'] === 'command').map((e) => e.name);
  }

  /** True when the path resolves (see the module comment for the syntax). */
  has(path: string): boolean {
    const [first, ...rest] = path.split('/');
    if (!first || !this.byName.has(first)) return false;
    return this.walk(first, rest, 0);
  }

  private walk(typeName: string, steps: readonly string[], depth: number): boolean {
    const entry = this.byName.get(typeName);
    if (!entry || depth > 1000) return false;
    if (steps.length === 0) return true;
    const [step, ...rest] = steps as [string, ...string[]];
    const mod = /^[A-Za-z]/.test(step) ? '' : step[0]!;
    const word = mod ? step.slice(1) : step;
    switch (entry['meta-type']) {
      case 'object': {
        if (mod === '^' || mod === '!') return false;
        if (mod === '$') return rest.length === 0 && hasFeature(entry, word);
        const list = (mod === '+' ? entry.variants : entry.members) as Record<string, unknown>[] | undefined;
        const key = mod === '+' ? 'case' : 'name';
        const hit = list?.find((m) => m[key] === word);
        if (!hit || (mod === '*' && !('default' in hit))) return false;
        return this.walk(String(hit.type), rest, depth + 1);
      }
      case 'array':
        return this.walk(String(entry['element-type']), steps, depth + 1);
      case 'command':
      case 'event': {
        if (mod === '$') return rest.length === 0 && hasFeature(entry, word);
        if (mod) return false;
        const next = entry[word];
        return typeof next === 'string' && this.walk(next, rest, depth + 1);
      }
      case 'enum': {
        if (mod !== '^') return false;
        const members = entry.members as { name: string; features?: string[] }[] | undefined;
        const feature = rest[0];
        if (rest.length > 1 || (feature !== undefined && !feature.startsWith('$'))) return false;
        if (members) {
          const m = members.find((x) => x.name === word);
          if (!m) return false;
          return feature === undefined || (m.features ?? []).includes(feature.slice(1));
        }
        // Schemas before QEMU 6.2 list bare values, which carry no features.
        return feature === undefined && ((entry.values as string[] | undefined) ?? []).includes(word);
      }
      case 'builtin':
        return mod === '!' && rest.length === 0 && entry['json-type'] === word;
      case 'alternate':
        return ((entry.members as { type: string }[] | undefined) ?? []).some((m) => this.walk(m.type, steps, depth + 1));
      default:
        return false;
    }
  }
}

function hasFeature(entry: SchemaEntry, feature: string): boolean {
  return Array.isArray(entry.features) && (entry.features as unknown[]).includes(feature);
}
