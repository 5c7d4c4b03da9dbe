import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CapsCode, ProbeError } from '../errors.js';
import { QmpClient, QmpTransportError } from '../qmp/client.js';

export interface LaunchOptions {
  readonly accel: 'kvm' | 'tcg';
  /** Bound on each wait: process start-up, greeting, every command. */
  readonly timeoutMs: number;
}

/** A QEMU started only to answer QMP questions; `stop()` always kills it and cleans up. */
export interface ProbeProcess {
  readonly client: QmpClient;
  /** Standard error collected so far (QEMU explains its refusals there). */
  stderr(): string;
  /** Resolves with the exit description once the process has ended. */
  readonly exited: Promise<string>;
  stop(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Starts `binary` with no machine, no devices and a QMP server on a private unix socket, and
 * connects to it. Fails with a ProbeError within `timeoutMs` if no QMP monitor shows up.
 */
export async function launchForProbe(binary: string, options: LaunchOptions): Promise<ProbeProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'virtkit-probe-'));
  const sock = join(dir, 'qmp.sock');
  const args = [
    '-S', '-no-user-config', '-nodefaults', '-nographic', '-machine', 'none',
    // With KVM asked for first, QEMU falls back to TCG when KVM cannot start; query-kvm tells.
    ...(options.accel === 'kvm' ? ['-accel', 'kvm', '-accel', 'tcg'] : ['-accel', 'tcg']),
    '-qmp', `unix:${sock},server=on,wait=off`,
  ];
  let child: ChildProcess;
  let stderr = '';
  let exitInfo: string | undefined;
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    cleanup();
    throw new ProbeError(CapsCode.BinaryNotFound, `cannot start: ${(e as Error).message}`, binary);
  }
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (d: string) => {
    if (stderr.length < 65536) stderr += d;
  });
  const exited = new Promise<string>((resolve) => {
    child.once('error', (e) => {
      exitInfo = `could not be started (${e.message})`;
      resolve(exitInfo);
    });
    child.once('exit', (code, signal) => {
      exitInfo = signal ? `was killed by ${signal}` : `exited with status ${code}`;
      resolve(exitInfo);
    });
  });
  const kill = async (): Promise<void> => {
    if (exitInfo === undefined) {
      child.kill('SIGKILL');
      await Promise.race([exited, sleep(2000)]);
    }
    cleanup();
  };

  const deadline = Date.now() + options.timeoutMs;
  let client: QmpClient | undefined;
  while (!client) {
    if (exitInfo !== undefined) {
      await kill();
      const spawnFailed = exitInfo.startsWith('could not');
      throw new ProbeError(spawnFailed ? CapsCode.BinaryNotFound : CapsCode.NotQemu,
        `${exitInfo} before offering a QMP monitor`, binary, stderr);
    }
    if (Date.now() > deadline) {
      await kill();
      throw new ProbeError(CapsCode.NotQemu, `no QMP monitor appeared within ${options.timeoutMs} ms`, binary, stderr);
    }
    try {
      client = await QmpClient.open(sock, Math.max(1, deadline - Date.now()));
    } catch (e) {
      if (e instanceof QmpTransportError) {
        await kill();
        const code = e.reason === 'timeout' ? CapsCode.ProbeTimeout : e.reason === 'closed' ? CapsCode.ProbeDied : CapsCode.NotQemu;
        throw new ProbeError(code, `QMP handshake failed: ${e.message}`, binary, stderr);
      }
      await sleep(20); // socket not there yet
    }
  }
  const ready = client;
  return {
    client: ready,
    stderr: () => stderr,
    exited,
    stop: async () => {
      ready.close();
      await kill();
    },
  };
}
