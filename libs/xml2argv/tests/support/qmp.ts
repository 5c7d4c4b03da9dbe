import { existsSync } from 'node:fs';
import { QmpClient } from '@virtkit/capabilities';

/** A test's view of QEMU's monitor: replies shaped like QMP's own (`return` or `error`). */
export interface TestQmp {
  command(name: string, args?: Readonly<Record<string, unknown>>): Promise<{ return?: unknown; error?: { class: string; desc: string } }>;
  close(): void;
}

/**
 * Connects with @virtkit/capabilities' QMP client once QEMU has created its monitor socket
 * (QEMU binds it while starting, so the path may not exist yet).
 */
export async function connectQmp(path: string, timeoutMs = 10_000): Promise<TestQmp> {
  for (let i = 0; i < 100 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 100));
  const client = await QmpClient.open(path, timeoutMs);
  return {
    async command(name, args) {
      const reply = await client.execute(name, args);
      return reply.ok ? { return: reply.value } : { error: { class: reply.errorClass, desc: reply.desc } };
    },
    close: () => client.close(),
  };
}
