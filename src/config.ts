import { z } from 'zod';
import path from 'node:path';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * True for an absolute http(s) URL without credentials, query or fragment: the only kind of
 * address Haven may put in canonical links, feeds, redirects and cookie decisions. `javascript:`,
 * `data:`, `file:` and the like would end up in every page's links.
 */
function isSiteAddress(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
    && !url.username && !url.password && !url.search && !url.hash;
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z.string().optional(),
    BASE_URL: z.string().refine(isSiteAddress, 'BASE_URL must be an http:// or https:// address such as https://www.example.org (no user name, query or fragment)').optional(),
    SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
    // The SESSION_SECRET before a rotation: still opens what was encrypted with it (see docs/operations.md).
    PREVIOUS_SESSION_SECRET: z.string().min(32, 'PREVIOUS_SESSION_SECRET must be at least 32 characters').optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    SEED_DEMO: z.enum(['true', 'false']).default('true'),
    // Largest upload (PDF or image) staff may send, in bytes; 50 MB unless set.
    UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024, 'UPLOAD_MAX_BYTES must be at least 1024').default(50 * 1024 * 1024),
    // On SIGTERM: how long requests in flight may take to finish before their connections are cut.
    SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(600_000).default(8_000),
    // Wall-clock time one PDF's text may take to read (upload or import) before it is kept unindexed.
    PDF_TEXT_TIMEOUT_MS: z.coerce.number().int().min(100, 'PDF_TEXT_TIMEOUT_MS must be at least 100').default(30_000),
    // Believe X-Forwarded-For for the client address; only behind a proxy that sets it.
    TRUST_PROXY: z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
    // Bearer token Prometheus presents at /metrics; unset, /metrics does not exist (404).
    METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').regex(/^[\x21-\x7e]+$/, 'METRICS_TOKEN must be printable ASCII without spaces').optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'SESSION_SECRET is required when NODE_ENV=production' });
    }
  });

export type DatabaseTarget =
  | { dialect: 'sqlite'; filename: string }
  | { dialect: 'postgres'; connectionString: string };

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database: DatabaseTarget;
  readonly baseUrl: string;
  readonly sessionSecret: string | undefined;
  /** The SESSION_SECRET before a rotation, still accepted for decrypting (PREVIOUS_SESSION_SECRET). */
  readonly previousSessionSecret: string | undefined;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly seedDemo: boolean;
  /** Largest accepted upload in bytes (UPLOAD_MAX_BYTES, default 50 MB). */
  readonly uploadMaxBytes: number;
  /** On SIGTERM, time requests in flight get to finish (SHUTDOWN_DRAIN_MS, default 8 s: under Docker's 10 s). */
  readonly shutdownDrainMs: number;
  /** Time one PDF's text may take to read before the PDF is kept with its text not indexed (PDF_TEXT_TIMEOUT_MS). */
  readonly pdfTextTimeoutMs: number;
  /** Take the client address from X-Forwarded-For (set TRUST_PROXY=true behind a reverse proxy). */
  readonly trustProxy: boolean;
  /** The bearer token for /metrics (METRICS_TOKEN); undefined: no /metrics. */
  readonly metricsToken: string | undefined;
}

/**
 * Turns a DATABASE_URL into a database target: unset means `$DATA_DIR/haven.db`,
 * `postgres://` or `postgresql://` means PostgreSQL, anything else is a SQLite file path
 * (with or without a `file:` prefix).
 */
export function resolveDatabaseTarget(url: string | undefined, dataDir: string): DatabaseTarget {
  if (!url) return { dialect: 'sqlite', filename: path.resolve(dataDir, 'haven.db') };
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', connectionString: url };
  if (url === ':memory:') return { dialect: 'sqlite', filename: ':memory:' };
  const filename = url.replace(/^file:(\/\/)?/i, '');
  return { dialect: 'sqlite', filename: path.resolve(filename) };
}

/**
 * Parses the environment once and returns a frozen configuration.
 * Throws a ConfigError listing every invalid variable so the process can exit with a clear message.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'environment'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: resolveDatabaseTarget(e.DATABASE_URL, dataDir),
    // Normalized by URL (lower-case scheme and host), so `baseUrl.startsWith('https:')` is reliable.
    baseUrl: (e.BASE_URL ? new URL(e.BASE_URL).href : `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    sessionSecret: e.SESSION_SECRET,
    previousSessionSecret: e.PREVIOUS_SESSION_SECRET,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO === 'true',
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    pdfTextTimeoutMs: e.PDF_TEXT_TIMEOUT_MS,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1' || e.TRUST_PROXY === 'yes',
    metricsToken: e.METRICS_TOKEN,
  });
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}
