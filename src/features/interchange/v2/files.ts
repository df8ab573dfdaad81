import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AttachmentFileError, resolveAttachmentPath } from '../attachment-files.ts';

/** The SHA-256 of a file, read as a stream. */
export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/** A stored file as a record names it. */
export interface CarriedFile {
  /** Path relative to the .jsonl file, absent when the export has no folder for files. */
  file?: string;
  sha256: string;
}

/**
 * Export side: copies stored files into one folder beside the .jsonl, each named by its checksum
 * (`<sha256>.<ext>`), so a file used twice is written once and the same site gives the same names.
 */
export class FileSink {
  private readonly written = new Set<string>();
  /** Without `dir` (an export to standard output), files are only hashed. */
  constructor(private readonly dir: string | null, private readonly relativeTo = '.') {}

  async put(source: string, ext: string): Promise<CarriedFile> {
    const sha256 = await sha256File(source);
    if (!this.dir) return { sha256 };
    const name = `${sha256}.${ext}`;
    if (!this.written.has(name)) {
      await fs.promises.mkdir(this.dir, { recursive: true });
      await fs.promises.copyFile(source, path.join(this.dir, name));
      this.written.add(name);
    }
    return { file: path.relative(this.relativeTo, path.join(this.dir, name)).split(path.sep).join('/'), sha256 };
  }

  get count(): number {
    return this.written.size;
  }
}

/** Import side: a record's `file`, found inside the .jsonl's folder and checked against its checksum. */
export class FileSource {
  constructor(private readonly baseDir: string) {}

  async open(carried: CarriedFile): Promise<string> {
    if (!carried.file) throw new AttachmentFileError('has no file');
    const real = resolveAttachmentPath(this.baseDir, carried.file);
    const actual = await sha256File(real);
    if (actual !== carried.sha256) throw new AttachmentFileError(`file "${carried.file}" does not match its sha256`);
    return real;
  }
}
