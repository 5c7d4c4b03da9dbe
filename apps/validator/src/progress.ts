/** A one-line "n/total" indicator on a terminal, redrawn in place. */
export interface Progress {
  /** Called before checking file number `done + 1`. */
  update(done: number, total: number, file: string): void;
  /** Erases the line (before other output is written, and at the end). */
  clear(): void;
}

export interface ProgressOptions {
  /** Milliseconds before the line first appears, so quick runs never show it. Default 300. */
  readonly delayMs?: number;
  /** Minimum milliseconds between redraws. Default 100. */
  readonly intervalMs?: number;
  readonly now?: () => number;
  /** Terminal width, to keep the line on one row. Default 80. */
  readonly columns?: number;
}

export const noProgress: Progress = { update() {}, clear() {} };

export function terminalProgress(write: (text: string) => void, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const started = now();
  const delay = options.delayMs ?? 300;
  const interval = options.intervalMs ?? 100;
  const width = Math.max(20, (options.columns ?? 80) - 1);
  let lastDraw = -Infinity;
  let shown = false;
  return {
    update(done, total, file) {
      const t = now();
      if (t - started < delay || t - lastDraw < interval) return;
      lastDraw = t;
      shown = true;
      const line = `checking ${done}/${total} ${file}`;
      write(`\r\x1b[K${line.length > width ? `${line.slice(0, width - 3)}...` : line}`);
    },
    clear() {
      if (!shown) return;
      shown = false;
      lastDraw = -Infinity;
      write('\r\x1b[K');
    },
  };
}
