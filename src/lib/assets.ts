import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PUBLIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public');

export interface StaticAsset {
  body: Buffer;
  contentType: string;
  etag: string;
  /** Fingerprinted assets never change under their URL and are cached for a year. */
  immutable: boolean;
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
    this.files.set(this.stylesheet, { body: css, contentType: TYPES['.css'], etag: `"${hash}"`, immutable: true });
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === 'site.css' || !fs.statSync(full).isFile()) continue;
      const body = fs.readFileSync(full);
      const etag = `"${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      this.files.set(`/${name}`, { body, contentType: TYPES[path.extname(name)] ?? 'application/octet-stream', etag, immutable: false });
    }
  }
}
