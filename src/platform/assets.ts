import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const PUBLIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public');

export interface StaticAsset {
  body: Buffer;
  contentType: string;
  etag: string;
  /** Fingerprinted assets never change under their URL and are cached for a year. */
  immutable: boolean;
  /** Brotli and gzip versions of a text asset, compressed once at start-up at the highest levels. */
  encoded?: { br: Buffer; gzip: Buffer };
}

/** Compresses a text asset both ways, once, so serving it costs nothing. */
function precompress(body: Buffer): StaticAsset['encoded'] {
  return {
    br: zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT },
    }),
    gzip: zlib.gzipSync(body, { level: 9 }),
  };
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/**
 * Loads the stylesheet and other public files into memory once at start-up and gives the
 * stylesheet a content-hashed URL, so browsers cache it for a year and a new release is
 * fetched the moment it changes.
 */
export class AssetManifest {
  readonly files = new Map<string, StaticAsset>();
  readonly stylesheet: string;

  constructor(dir = PUBLIC_DIR) {
    const css = fs.readFileSync(path.join(dir, 'site.css'));
    const hash = crypto.createHash('sha256').update(css).digest('hex').slice(0, 12);
    this.stylesheet = `/assets/site.${hash}.css`;
    this.files.set(this.stylesheet, { body: css, contentType: TYPES['.css'], etag: `"${hash}"`, immutable: true, encoded: precompress(css) });
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === 'site.css' || !fs.statSync(full).isFile()) continue;
      const body = fs.readFileSync(full);
      const etag = `"${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      const contentType = TYPES[path.extname(name)] ?? 'application/octet-stream';
      const text = /^text\/|svg|json/.test(contentType) && body.length > 512;
      this.files.set(`/${name}`, { body, contentType, etag, immutable: false, encoded: text ? precompress(body) : undefined });
    }
  }
}
