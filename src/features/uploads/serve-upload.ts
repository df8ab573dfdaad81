import fs from 'node:fs';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';

/**
 * The policy an uploaded file is served under: `sandbox` makes a browser treat it as a document
 * from a unique origin with scripts, forms and pop-ups off, so a PDF (or anything claiming to be
 * one) can never act as a page of this site: no script of it reads the visitor's cookies or
 * pages, whatever its viewer runs. `frame-ancestors 'none'` agrees with X-Frame-Options: DENY.
 */
export const UPLOAD_CSP = "sandbox; frame-ancestors 'none'";

/**
 * Streams a stored upload with the headers every served file carries: its type (never sniffed),
 * `Content-Disposition` with its sanitized name (inline: read in the browser, saved under that
 * name), the sandbox policy and the given caching.
 */
export function sendUpload(c: Context, file: string, meta: { filename: string; mimeType: string; cacheControl: string }): Response {
  c.header('Content-Type', meta.mimeType);
  c.header('Content-Length', String(fs.statSync(file).size));
  c.header('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(meta.filename)}`);
  c.header('Content-Security-Policy', UPLOAD_CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Cache-Control', meta.cacheControl);
  return stream(c, async (s) => {
    for await (const chunk of fs.createReadStream(file)) await s.write(chunk as Uint8Array);
  });
}
