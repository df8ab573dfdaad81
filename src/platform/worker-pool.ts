import { Piscina } from 'piscina';

/** Atomics.waitAsync (Node 16+; typed only in TypeScript's ES2024 library). */
const waitAsync = (Atomics as unknown as {
  waitAsync(array: Int32Array, index: number, value: number): { async: false; value: string } | { async: true; value: Promise<string> };
}).waitAsync;

/**
 * The process's Node options without its module preloads (`--import tsx`, a test runner's
 * `--import ./setup.ts`): on Node 20 a worker thread runs them without the parent's loader
 * hooks, so a TypeScript preload fails there. worker-entry.mjs loads what the task needs itself.
 */
function workerExecArgv(): string[] {
  const out: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    if (['--import', '--require', '-r', '--loader', '--experimental-loader'].includes(args[i])) {
      i++;
      continue;
    }
    if (/^--(import|require|loader|experimental-loader)=/.test(args[i])) continue;
    out.push(args[i]);
  }
  return out;
}

/** Why a task was stopped before it finished. */
export type BudgetReason = 'time' | 'memory' | 'busy' | 'cancelled';

/** A task that ran over its budget (time or memory), could not start soon enough, or was cancelled. */
export class BudgetExceededError extends Error {
  override name = 'BudgetExceededError';
  constructor(readonly reason: BudgetReason, message: string) {
    super(message);
  }
}

/** The limits of one pool's tasks. */
export interface Budget {
  /** Wall-clock time a task may run, from its start in a worker; the worker is stopped when it is up. */
  timeoutMs: number;
  /** Heap a worker may use (V8 old generation); past it the worker dies, not the process. */
  memoryMb: number;
  /** Threads at most (default 1). */
  threads?: number;
  /** Threads kept running while idle, so a task need not wait for one to start (default and least 1). */
  warmThreads?: number;
  /** Tasks waiting at most; more are refused at once as 'busy' (default 32). */
  queue?: number;
  /** How long a task may wait for a thread before it is refused as 'busy' (default 30 s). */
  startWithinMs?: number;
}

/**
 * Worker threads that run untrusted work (Markdown, PDF text) off the request path, each task
 * with a wall-clock and a memory budget: a task over budget costs its worker, never the
 * server's event loop or its memory. `module` is a module whose default export takes the task's
 * input. Threads start on first use; beyond `warmThreads` they stop after 30 s idle. Idle
 * threads never keep a process alive.
 */
export class BudgetedPool<In, Out> {
  private pool: Piscina | undefined;

  constructor(private readonly module: URL, readonly budget: Budget) {}

  private threads(): Piscina {
    return (this.pool ??= new Piscina({
      filename: new URL('./worker-entry.mjs', import.meta.url).href,
      workerData: { module: this.module.href },
      // At least one: a thread stopped for running over budget is then replaced at once, and the
      // tasks queued behind it go on (with none, piscina left them waiting for the next task).
      minThreads: Math.max(1, this.budget.warmThreads ?? 0),
      maxThreads: this.budget.threads ?? 1,
      maxQueue: this.budget.queue ?? 32,
      idleTimeout: 30_000,
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb, maxYoungGenerationSizeMb: 16 },
    }));
  }

  /** Starts the warm threads now (at server start), so the first request does not wait for them. */
  warm(): void {
    this.threads();
  }

  /** Runs one task; rejects with BudgetExceededError when it runs over budget. */
  async run(input: In, options: { signal?: AbortSignal; timeoutMs?: number; startWithinMs?: number } = {}): Promise<Out> {
    const pool = this.threads();
    const timeoutMs = options.timeoutMs ?? this.budget.timeoutMs;
    const startWithinMs = options.startWithinMs ?? this.budget.startWithinMs ?? 30_000;
    const stop = new AbortController();
    let reason: BudgetReason | null = null;
    let finished = false;
    const abort = (why: BudgetReason) => {
      reason ??= why;
      stop.abort();
    };
    // The worker flips this flag when the task starts; the time budget counts from then.
    const started = new SharedArrayBuffer(4);
    let timer = setTimeout(() => abort('busy'), startWithinMs);
    const waiting = waitAsync(new Int32Array(started), 0, 0);
    const onStart = () => {
      clearTimeout(timer);
      if (!finished && !stop.signal.aborted) timer = setTimeout(() => abort('time'), timeoutMs);
    };
    if (waiting.async) void waiting.value.then(onStart);
    else onStart();
    const onCancel = () => abort('cancelled');
    options.signal?.addEventListener('abort', onCancel, { once: true });
    if (options.signal?.aborted) onCancel();
    try {
      return await pool.run({ input, started }, { signal: stop.signal });
    } catch (err) {
      if (reason === 'time') throw new BudgetExceededError('time', `took longer than ${timeoutMs / 1000} s`);
      if (reason === 'busy') throw new BudgetExceededError('busy', `could not start within ${startWithinMs / 1000} s`);
      if (reason === 'cancelled') throw new BudgetExceededError('cancelled', 'cancelled');
      const code = (err as { code?: string }).code;
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') throw new BudgetExceededError('memory', `needed more than ${this.budget.memoryMb} MB of memory`);
      if (err instanceof Error && /queue is at limit/i.test(err.message)) throw new BudgetExceededError('busy', 'too many tasks are waiting');
      throw err;
    } finally {
      finished = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCancel);
      // Wakes the pending wait, so nothing is left waiting on a task that is over.
      Atomics.notify(new Int32Array(started), 0);
    }
  }

  /** Stops the threads (tasks still running are cancelled). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
