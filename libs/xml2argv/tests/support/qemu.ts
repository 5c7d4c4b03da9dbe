import { spawn } from 'node:child_process';
import type { CommandLine } from '../../src/index.js';
import { connectQmp, type TestQmp } from './qmp.js';

/** A QEMU started from a generated command line, with its monitor connected. */
export interface RunningQemu {
  readonly qmp: TestQmp;
  /** What QEMU has written to stderr so far (for failure messages). */
  stderr(): string;
  /** Asks QEMU to quit, then makes sure it is gone. */
  stop(): Promise<void>;
}

/** Starts `cmd` (which must bind its QMP monitor at `monitorPath`) and connects to the monitor. */
export async function startQemu(cmd: CommandLine, monitorPath: string): Promise<RunningQemu> {
  const env = Object.fromEntries(cmd.env.map((e) => [e.name, e.value]));
  const qemu = spawn(cmd.argv[0]!, cmd.argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  qemu.stderr?.on('data', (d) => (stderr += String(d)));
  qemu.on('exit', (code) => {
    if (code) console.error(`QEMU exited with ${code}: ${stderr}\n${cmd.argv.join(' ')}`);
  });
  try {
    const qmp = await connectQmp(monitorPath);
    return {
      qmp,
      stderr: () => stderr,
      async stop() {
        await qmp.command('quit').catch(() => undefined);
        qmp.close();
        qemu.kill();
      },
    };
  } catch (e) {
    qemu.kill();
    throw e;
  }
}
