import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './corpus.ts';

/**
 * Starts the production server (`src/main.ts`) on a loopback port with `env` added (DATA_DIR,
 * DATABASE_URL…), waits for /healthz, and returns the process. Stop it with `kill('SIGTERM')`.
 */
export async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env, NODE_ENV: 'production', SESSION_SECRET: 'bench-'.padEnd(40, 'x'), PORT: String(port), HOST: '127.0.0.1',
      LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('server did not start');
}
