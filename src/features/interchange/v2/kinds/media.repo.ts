import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { makePrivate, makePrivateDir } from '../../../../platform/private-files.ts';
import { IMAGE_WIDTHS } from '../../../media/index.ts';
import { mediaDir } from '../../../uploads/index.ts';
import type { Field, RecordKind } from '../kind.ts';
import { fieldsSchema, fieldsToRow, rowToFields } from '../kind.ts';
import { instant, int, text } from './fields.ts';
import { insertRow, pagedRows } from './table.repo.ts';

/**
 * Images (the media table): the key is the stored name, which public URLs carry
 * (`/media/<key>-<width>.webp`), so it is kept; each resized variant travels as a file named by
 * its checksum.
 */
export const IMAGE_FIELDS: readonly Field[] = [
  { json: 'key', column: 'storage_key', schema: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) },
  { json: 'mimeType', column: 'mime_type', schema: text },
  { json: 'width', column: 'width', schema: int },
  { json: 'height', column: 'height', schema: int },
  { json: 'bytes', column: 'bytes', schema: int },
  { json: 'alt', column: 'alt', schema: text },
  { json: 'createdAt', column: 'created_at', schema: instant },
];

const carried = z.object({ file: z.string().max(1000).optional(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict();
const imageSchema = fieldsSchema(IMAGE_FIELDS, { key: z.string(), variants: z.record(z.string().regex(/^\d{1,5}$/), carried) });
type ImageRecord = z.infer<typeof imageSchema>;

export const imageKind: RecordKind<ImageRecord> = {
  kind: 'image',
  schema: imageSchema,
  async *export(ctx) {
    for await (const row of pagedRows(ctx, 'media', IMAGE_FIELDS.map((f) => f.column))) {
      const record = await rowToFields(ctx, IMAGE_FIELDS, row) as ImageRecord;
      const variants: ImageRecord['variants'] = {};
      for (const width of IMAGE_WIDTHS) {
        const source = path.join(mediaDir(ctx.dataDir), `${row.storage_key}-${width}.webp`);
        if (!fs.existsSync(source)) continue;
        variants[String(width)] = await ctx.files.put(source, 'webp');
      }
      yield { ...record, variants };
    }
  },
  async import(ctx, record) {
    const dir = mediaDir(ctx.dataDir);
    await makePrivateDir(dir);
    for (const [width, file] of Object.entries(record.variants)) {
      if (!file.file) continue;
      const target = path.join(dir, `${record.key}-${width}.webp`);
      await fs.promises.copyFile(await ctx.files.open(file), target);
      await makePrivate(target);
      ctx.written(dir, path.basename(target));
    }
    const id = await insertRow(ctx, 'media', await fieldsToRow(ctx, IMAGE_FIELDS, record));
    ctx.refs.remember('media', record.key, id);
  },
};
