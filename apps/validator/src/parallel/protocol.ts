import type { SchemaSelection } from '../schemas.js';
import type { FileResult } from '../types.js';

/** What a worker thread is started with (structured-cloned into it). */
export interface WorkerSetup {
  readonly selection: SchemaSelection;
  readonly maxErrors: number;
}

/** A file to check, with its position among the inputs. */
export interface WorkItem {
  readonly index: number;
  readonly display: string;
  readonly absolute: string;
}

/** A worker's answer to one batch. */
export type WorkerReply =
  | { readonly kind: 'results'; readonly results: readonly { readonly index: number; readonly result: FileResult }[] }
  | { readonly kind: 'crashed'; readonly message: string };
