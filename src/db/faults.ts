/**
 * What kind of database failure an error is, on either engine, so that callers can answer
 * with what it means for the person waiting instead of a 500 and a stack:
 * - `unavailable`: the database cannot be reached or dropped the connection (PostgreSQL
 *   restarting or failing over, a terminated backend, the network; SQLite locked past its busy
 *   timeout). Passing: try again shortly; the pool reconnects by itself.
 * - `full`: no room to write (SQLite's "database or disk is full", PostgreSQL's disk_full,
 *   ENOSPC): nothing was saved, and trying again will not help until an operator frees space.
 */
export type DatabaseFault = 'unavailable' | 'full';

/** PostgreSQL SQLSTATEs of a lost or refused connection (class 08, and the shutdown codes of 57P). */
const PG_UNAVAILABLE = /^(08\d{3}|57P0[1-4]|53300)$/;
const PG_FULL = new Set(['53100']);
const NODE_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const PG_CLIENT_MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable/i;

/** The fault an error (or any error in its `cause` chain) stands for, or null for anything else. */
export function databaseFault(err: unknown): DatabaseFault | null {
  for (let e = err, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e !== 'object') break;
    const code = String((e as { code?: unknown }).code ?? '');
    const message = e instanceof Error ? e.message : '';
    if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_WRITE' || PG_FULL.has(code)) return 'full';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || PG_UNAVAILABLE.test(code) || NODE_UNAVAILABLE.has(code)) return 'unavailable';
    if (PG_CLIENT_MESSAGES.test(message)) return 'unavailable';
  }
  return null;
}

/** Seconds a client is asked to wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;
