import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { BudgetExceededError, BudgetedPool } from './worker-pool.ts';

type Task = { kind: 'echo' | 'spin' | 'allocate'; value?: string };

describe('BudgetedPool', () => {
  const pool = new BudgetedPool<Task, string>(new URL('./worker-pool.fixture.ts', import.meta.url), { timeoutMs: 500, memoryMb: 64, queue: 1 });
  after(() => pool.close());
  const reason = (expected: string) => (err: unknown) => err instanceof BudgetExceededError && err.reason === expected;

  it('runs a task in a worker and returns its result', async () => {
    assert.equal(await pool.run({ kind: 'echo', value: 'hi' }), 'echo: hi');
  });

  it('stops a task that runs past its time, counted from its start, and the pool goes on', async () => {
    const started = performance.now();
    await assert.rejects(pool.run({ kind: 'spin' }), reason('time'));
    assert.ok(performance.now() - started < 5_000);
    assert.equal(await pool.run({ kind: 'echo', value: 'again' }), 'echo: again');
  });

  it('stops a task that needs more memory than its budget without harming the process', async () => {
    await assert.rejects(pool.run({ kind: 'allocate' }, { timeoutMs: 30_000 }), reason('memory'));
    assert.equal(await pool.run({ kind: 'echo', value: 'after' }), 'echo: after');
  });

  it('refuses a task that cannot start in time, runs the ones queued behind a stopped task, and cancels on request', async () => {
    const impatient = new BudgetedPool<Task, string>(new URL('./worker-pool.fixture.ts', import.meta.url), { timeoutMs: 1_000, memoryMb: 64, startWithinMs: 300 });
    try {
      await impatient.run({ kind: 'echo', value: 'warm' }, { startWithinMs: 30_000 });
      const running = impatient.run({ kind: 'spin' });
      await assert.rejects(impatient.run({ kind: 'echo', value: 'waits too long' }), reason('busy'));
      await assert.rejects(running, reason('time'));
    } finally {
      await impatient.close();
    }
    const running = pool.run({ kind: 'spin' });
    const queued = pool.run({ kind: 'echo', value: 'queued' });
    await assert.rejects(running, reason('time'));
    assert.equal(await queued, 'echo: queued');
    const controller = new AbortController();
    const cancelled = pool.run({ kind: 'spin' }, { signal: controller.signal, timeoutMs: 30_000 });
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(cancelled, reason('cancelled'));
  });
});
