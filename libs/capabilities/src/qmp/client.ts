import { connect, type Socket } from 'node:net';
import type { QmpResult, QmpSession } from './session.js';

/** Why a QMP exchange stopped: no answer in time, or the other side went away. */
export class QmpTransportError extends Error {
  override readonly name = 'QmpTransportError';
  constructor(readonly reason: 'timeout' | 'closed' | 'protocol', message: string) {
    super(message);
  }
}

interface Pending {
  resolve(r: QmpResult): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * A QMP client over a stream socket: reads the greeting, negotiates capabilities, then runs one
 * command at a time. Every wait is bounded by `timeoutMs`; asynchronous events are skipped.
 */
export class QmpClient implements QmpSession {
  private buffer = '';
  private nextId = 1;
  private readonly pending = new Map<string, Pending>();
  private greeting: ((v: unknown) => void) | undefined;
  private closedError: QmpTransportError | undefined;

  private constructor(private readonly socket: Socket, private readonly timeoutMs: number) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    const closed = (): void => this.fail(new QmpTransportError('closed', 'QMP connection closed'));
    socket.on('close', closed);
    socket.on('error', closed);
  }

  /** Connects to a unix socket and completes the QMP handshake. */
  static async open(path: string, timeoutMs: number): Promise<QmpClient> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = connect(path);
      s.once('connect', () => resolve(s));
      s.once('error', reject);
    });
    const client = new QmpClient(socket, timeoutMs);
    try {
      await client.waitGreeting();
      const r = await client.execute('qmp_capabilities');
      if (!r.ok) throw new QmpTransportError('protocol', `qmp_capabilities refused: ${r.desc}`);
    } catch (e) {
      client.close();
      throw e;
    }
    return client;
  }

  private waitGreeting(): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.closedError) return reject(this.closedError);
      const timer = setTimeout(() => reject(new QmpTransportError('timeout', `no QMP greeting within ${this.timeoutMs} ms`)), this.timeoutMs);
      this.greeting = (v) => {
        clearTimeout(timer);
        resolve(v);
      };
      this.pending.set('greeting', { resolve: () => undefined, reject: (e) => { clearTimeout(timer); reject(e); }, timer });
    });
  }

  execute(command: string, args?: Readonly<Record<string, unknown>>): Promise<QmpResult> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = `virtkit-${this.nextId++}`;
    const message = JSON.stringify({ execute: command, ...(args && Object.keys(args).length ? { arguments: args } : {}), id });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new QmpTransportError('timeout', `no reply to '${command}' within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.write(`${message}\n`);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl).trim();
      this.buffer = this.buffer.slice(nl + 1);
      if (line) this.onMessage(line);
    }
  }

  private onMessage(line: string): void {
    let msg: Record<string, unknown>;
    try {
      msg = JSON.parse(line) as Record<string, unknown>;
    } catch {
      this.fail(new QmpTransportError('protocol', `not a QMP message: ${line.slice(0, 80)}`));
      return;
    }
    if ('QMP' in msg && this.greeting) {
      this.pending.delete('greeting');
      this.greeting(msg.QMP);
      this.greeting = undefined;
      return;
    }
    const id = typeof msg.id === 'string' ? msg.id : undefined;
    const waiter = id ? this.pending.get(id) : undefined;
    if (!waiter || !id) return; // an event, or a reply nobody waits for any more
    this.pending.delete(id);
    clearTimeout(waiter.timer);
    const err = msg.error as { class?: string; desc?: string } | undefined;
    waiter.resolve(err ? { ok: false, errorClass: err.class ?? 'GenericError', desc: err.desc ?? '' } : { ok: true, value: msg.return });
  }

  private fail(error: QmpTransportError): void {
    if (this.closedError) return;
    this.closedError = error;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    this.pending.clear();
  }
}
