import type { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerSetup, WorkItem } from './protocol.js';
import type { FileResult } from '../types.js';

/** Starts a worker thread running `worker.ts` with this setup. */
export type StartWorker = (setup: WorkerSetup) => Worker;

/** Files per message to a worker: large enough that messaging costs little, small enough to balance. */
const WORKER_BATCH = 24;
/** Files the main thread checks between two looks at its workers' messages. */
const MAIN_BATCH = 4;

/**
 * Checks `items` on this thread and on `workers.length` worker threads at once, handing out
 * batches from one queue so that a slow file delays nobody. Every result goes to `deliver` (in
 * whatever order they finish; the caller restores input order). Each worker keeps two batches in
 * hand, so it never waits for this thread, which only reads messages between its own batches.
 */
export async function checkOnThreads(
  items: readonly WorkItem[],
  workers: readonly Worker[],
  checkHere: (item: WorkItem) => FileResult,
  deliver: (index: number, result: FileResult) => void,
): Promise<void> {
  let next = 0;
  const take = (count: number) => items.slice(next, (next = Math.min(items.length, next + count)));
  let outstanding = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const settled = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const feed = (worker: Worker) => {
    const batch = take(WORKER_BATCH);
    if (batch.length === 0) return;
    outstanding++;
    worker.postMessage(batch);
  };
  for (const worker of workers) {
    worker.on('message', (reply: WorkerReply) => {
      outstanding--;
      if (reply.kind === 'crashed') failure ??= new Error(`worker thread: ${reply.message}`);
      else for (const { index, result } of reply.results) deliver(index, result);
      if (failure === undefined) feed(worker);
      settled();
    });
    worker.on('error', (error) => {
      failure ??= error;
      settled();
    });
    feed(worker);
    feed(worker);
  }

  while (next < items.length && failure === undefined) {
    for (const item of take(MAIN_BATCH)) deliver(item.index, checkHere(item));
    // Let the workers' messages in.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  while (outstanding > 0 && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
  await Promise.all(workers.map((w) => w.terminate()));
  if (failure) throw failure;
}
