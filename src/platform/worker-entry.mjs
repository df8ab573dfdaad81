// The module every worker thread of a BudgetedPool loads first (plain JavaScript, so it loads
// however the process was started): it loads the task's own TypeScript module through tsx —
// on Node 20 a worker does not inherit the loader hooks of `--import tsx` — and runs its
// default function on each task, first telling the pool the task has started (its time budget
// counts from then, not from when it was queued or the thread was still starting).
import { workerData } from 'piscina';
import { tsImport } from 'tsx/esm/api';

const task = workerData.module.endsWith('.ts') ? await tsImport(workerData.module, import.meta.url) : await import(workerData.module);

export default function run({ input, started }) {
  const flag = new Int32Array(started);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
  return task.default(input);
}
