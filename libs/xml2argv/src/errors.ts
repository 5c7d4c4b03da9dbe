/**
 * libvirt's error domains that the argv builder reports, with the prefix libvirt puts in front
 * of the detail when it prints the error (`unsupported configuration: ...`). `plain` errors
 * print the detail alone.
 */
export const ERROR_CATEGORIES = {
  'config-unsupported': { code: 4001, prefix: 'unsupported configuration: ' },
  'xml-error': { code: 3001, prefix: 'XML error: ' },
  'internal-error': { code: 9001, prefix: 'internal error: ' },
  'invalid-arg': { code: 3002, prefix: 'invalid argument: ' },
  'operation-invalid': { code: 3003, prefix: 'Requested operation is not valid: ' },
  'operation-unsupported': { code: 4002, prefix: 'Operation not supported: ' },
  'xml-detail': { code: 3004, prefix: '' },
  'cpu-incompatible': { code: 4003, prefix: 'the CPU is incompatible with host CPU: ' },
  'operation-failed': { code: 3005, prefix: 'operation failed: ' },
  /** Unsupported by this implementation (not by libvirt): the builder refuses rather than guess. */
  'not-implemented': { code: 9002, prefix: 'not implemented in virtkit: ' },
} as const;

export type Xml2ArgvErrorCategory = keyof typeof ERROR_CATEGORIES;

/**
 * A configuration the builder rejects. `message` is the full text libvirt would print;
 * `detail` the part after the category prefix; `code` a stable number for the category.
 */
export class Xml2ArgvError extends Error {
  override readonly name = 'Xml2ArgvError';
  readonly code: number;
  constructor(readonly category: Xml2ArgvErrorCategory, readonly detail: string) {
    // libvirt prints the bare category text when an error carries no detail.
    const prefix = ERROR_CATEGORIES[category].prefix;
    super(detail === '' ? prefix.replace(/: $/, '') : prefix + detail);
    this.code = ERROR_CATEGORIES[category].code;
  }
}

/** Shorthand used by validators: `throw reject('config-unsupported', '...')`. */
export function reject(category: Xml2ArgvErrorCategory, detail: string): Xml2ArgvError {
  return new Xml2ArgvError(category, detail);
}
