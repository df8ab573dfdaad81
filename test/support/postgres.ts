import pg from 'pg';

/**
 * Where the PostgreSQL tests connect: TEST_POSTGRES_URL, else the CI default. Under CI the
 * server must answer; elsewhere a missing server skips the PostgreSQL half with a message.
 */
export const POSTGRES_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

let availability: Promise<string | null> | undefined;

/** Null when PostgreSQL answers, otherwise the reason it cannot be used. */
export function postgresUnavailable(): Promise<string | null> {
  availability ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return null;
    } catch (err) {
      return `PostgreSQL is not reachable at ${POSTGRES_URL.replace(/\/\/[^@]*@/, '//')} (${err instanceof Error ? err.message : err})`;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return availability;
}

/** Runs one statement on a connection of its own to the test server's `test` database. */
export async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates an empty schema for one test suite and returns a URL whose connections use it. */
export async function createTestSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`create schema ${schema}`);
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    // Suites create, migrate and drop their schemas concurrently without a lock: the migrator
    // looks only at its own schema's tables (src/db/migrate.ts).
    drop: () => adminQuery(`drop schema if exists ${schema} cascade`),
  };
}
