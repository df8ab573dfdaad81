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

// Kysely's migrator introspects every schema in the database (pg_get_serial_sequence,
// has_schema_privilege), and those functions fail with "schema … does not exist" when another
// suite drops its schema mid-scan. Migrations hold this lock shared, drops hold it exclusively.
const SCHEMA_LOCK = 720_431_905;

/**
 * Runs `fn` while holding the test-schema advisory lock: shared for work that reads the catalog
 * (migrations, several at once), exclusive for dropping a schema.
 */
export async function withSchemaLock<T>(mode: 'shared' | 'exclusive', fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  const suffix = mode === 'shared' ? '_shared' : '';
  try {
    await client.query(`select pg_advisory_lock${suffix}($1)`, [SCHEMA_LOCK]);
    return await fn();
  } finally {
    await client.query(`select pg_advisory_unlock${suffix}($1)`, [SCHEMA_LOCK]).catch(() => {});
    await client.end().catch(() => {});
  }
}

/** Creates an empty schema for one test suite and returns a URL whose connections use it. */
export async function createTestSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: () => withSchemaLock('exclusive', async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      try {
        await c.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await c.end();
      }
    }),
  };
}
