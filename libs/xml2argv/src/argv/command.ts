/** One environment variable of the QEMU process, in the order it is set. */
export interface EnvVar {
  readonly name: string;
  readonly value: string;
}

/**
 * The generated command: environment and argv (argv[0] is the emulator binary). Every value
 * is a separate argv element, so nothing is ever re-split by a shell.
 */
export interface CommandLine {
  readonly env: readonly EnvVar[];
  readonly argv: readonly string[];
}

/** Collects options in order while a command line is built. */
export class ArgvBuilder {
  readonly env: EnvVar[] = [];
  readonly argv: string[] = [];

  constructor(binary: string) {
    this.argv.push(binary);
  }

  setEnv(name: string, value: string): this {
    this.env.push({ name, value });
    return this;
  }

  /** Adds an option and its values (`add('-m', '214')`). */
  add(option: string, ...values: string[]): this {
    this.argv.push(option, ...values);
    return this;
  }

  result(): CommandLine {
    return { env: [...this.env], argv: [...this.argv] };
  }
}
