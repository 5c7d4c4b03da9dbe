import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check.js';
import { engineCompiler, type EngineOptions } from './engine.js';
import type { WorkerReply, WorkerSetup, WorkItem } from './parallel/protocol.js';
import { SchemaSet } from './schemas.js';
import type { FileResult, ProblemPosition } from './types.js';

/**
 * The body of a worker thread of a parallel run (see parallel/pool.ts): loads the schemas it
 * meets once, then checks the batches of files it is sent and answers with their results.
 * `workerData` is the run's setup plus the options of the engine's compiler (see main.ts).
 */
export function runWorker(): void {
  const setup = workerData as WorkerSetup & { readonly engine: EngineOptions };
  const schemas = new SchemaSet(setup.selection, engineCompiler(setup.engine));
  const port = parentPort!;
  port.on('message', (batch: WorkItem[]) => {
    let reply: WorkerReply;
    try {
      reply = { kind: 'results', results: batch.map((item) => ({ index: item.index, result: plain(checkFile(item, schemas, { maxErrors: setup.maxErrors })) })) };
    } catch (error) {
      reply = { kind: 'crashed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}

/**
 * A result as plain data: ranges may compute their positions on first read (getters), which
 * structured cloning would drop.
 */
function plain(result: FileResult): FileResult {
  if (result.problems.every((p) => p.range === undefined)) return result;
  const position = (p: ProblemPosition): ProblemPosition => ({ line: p.line, column: p.column, ...(p.offset === undefined ? {} : { offset: p.offset }) });
  return {
    ...result,
    problems: result.problems.map((p) => p.range === undefined
      ? p
      : { ...p, range: { start: position(p.range.start), ...(p.range.end === undefined ? {} : { end: position(p.range.end) }) } }),
  };
}
