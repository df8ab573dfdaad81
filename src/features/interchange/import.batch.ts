import path from 'node:path';
import type { Db } from '../../db/database.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { IdCache, upsertResource, type ResourceWrite } from '../resources/index.ts';
import {
  AttachmentFileError, inspectPdf, removeStoredFiles, resolveAttachmentPath, sameContent, storePdf,
} from './attachment-files.ts';
import { loadRecords, referencedStorageKeys, type StoredResource } from './interchange.repo.ts';
import { ensureNames, findTargets, insertNewResources } from './interchange.write.repo.ts';
import { audienceForType, type InterchangeRecord } from './interchange.schema.ts';

/** A line that passed validation and waits for its batch. */
export interface PendingLine {
  line: number;
  record: InterchangeRecord;
}

/** What the reference pass needs to know about a written (or unchanged) line. */
export interface ReferenceEntry {
  line: number;
  slug: string;
  series: InterchangeRecord['series'];
  translationOf: string | null;
  supersedes: string[];
  outcome: 'created' | 'updated' | 'unchanged';
}

/** What one batch needs from the import around it. */
export interface BatchContext {
  db: Db;
  /** Folder of the .jsonl file; attachment `file` paths are relative to it. */
  baseDir: string;
  storageDir: string;
  now: () => Date;
  /** Type, topic and author ids known to be committed. */
  cache: IdCache;
  /** Test hook: runs inside the transaction after each resource is written. */
  afterWrite?: (slug: string) => void | Promise<void>;
  /** Time one PDF's text may take to read (default: pdf-text.ts). */
  pdfTextTimeoutMs?: number;
}

/** Counts of one committed batch, its failed lines, and the lines whose references need a look. */
export interface BatchResult {
  created: number;
  updated: number;
  unchanged: number;
  failures: { line: number; reason: string }[];
  /** Lines imported with a remark (a PDF whose text was not wholly indexed). */
  warnings: { line: number; reason: string }[];
  references: ReferenceEntry[];
}

/** A batch whose transaction failed and was rolled back; nothing of it was kept. */
export class BatchFailedError extends Error {
  override name = 'BatchFailedError';
  constructor(
    readonly firstLine: number,
    readonly lastLine: number,
    /** Lines that were valid but rolled back. */
    readonly lines: number,
    /** Lines of the batch that had failed on their own before the rollback. */
    readonly failures: { line: number; reason: string }[],
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

interface Plan {
  line: number;
  record: InterchangeRecord;
  write: ResourceWrite;
  /** The slug was stored before this batch, or written by an earlier line of it. */
  exists: boolean;
  /** Stored files no longer used once this write commits. */
  replacedKeys: string[];
}

/**
 * Imports one batch of validated lines: compares each with what is stored (one prefetch for the
 * whole batch), copies new attachment files, then writes every changed resource in a single
 * transaction. Line problems (bad files) fail only their line; a database error rolls the whole
 * batch back, removes the files it copied and throws BatchFailedError.
 */
export async function importBatch(ctx: BatchContext, lines: PendingLine[]): Promise<BatchResult> {
  const result: BatchResult = { created: 0, updated: 0, unchanged: 0, failures: [], warnings: [], references: [] };
  const stored = new Map((await loadRecords(ctx.db, { slugs: [...new Set(lines.map((l) => l.record.slug))] }, { withText: true }))
    .map((s) => [s.record.slug, s]));
  const plans: Plan[] = [];
  const newKeys: string[] = [];
  const hasReferences = (r: InterchangeRecord | undefined) => Boolean(r && (r.series || r.translationOf || r.supersedes.length));

  for (const pending of lines) {
    const existing = stored.get(pending.record.slug);
    let plan: Plan | 'unchanged';
    try {
      plan = await planLine(ctx, pending, existing, newKeys, (reason) => result.warnings.push({ line: pending.line, reason }));
    } catch (err) {
      if (!(err instanceof AttachmentFileError)) throw err;
      result.failures.push({ line: pending.line, reason: err.message });
      continue;
    }
    // References are compared and linked after the whole file, when every target exists.
    const entry = (outcome: ReferenceEntry['outcome']): ReferenceEntry => ({
      line: pending.line, slug: pending.record.slug, series: pending.record.series,
      translationOf: pending.record.translationOf, supersedes: pending.record.supersedes, outcome,
    });
    if (plan === 'unchanged') {
      result.unchanged++;
      if (hasReferences(pending.record) || hasReferences(existing?.record)) result.references.push(entry('unchanged'));
      continue;
    }
    plans.push(plan);
    // A slug repeated within the batch compares against what the earlier line will have written.
    stored.set(plan.record.slug, asStored(plan, existing));
    if (hasReferences(pending.record) || hasReferences(existing?.record)) result.references.push(entry(existing ? 'updated' : 'created'));
  }
  if (plans.length === 0) return result;

  const cache = copyCache(ctx.cache);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await ensureNames(trx, cache, {
        types: plans.map((p) => p.write.type),
        topics: plans.flatMap((p) => p.write.topics),
        authors: plans.flatMap((p) => p.write.authors),
      });
      const stamp = ctx.now().toISOString();
      // New resources go in with a few multi-row statements; a repeated slug within the batch
      // counts as existing, so its later lines run after the insert, in file order.
      const creates = plans.filter((p) => !p.exists).map((p) => p.write);
      await insertNewResources(trx, creates, stamp, cache, await findTargets(trx, creates));
      for (const write of creates) {
        result.created++;
        await ctx.afterWrite?.(write.slug);
      }
      for (const plan of plans.filter((p) => p.exists)) {
        const { created } = await upsertResource(trx, plan.write, stamp, cache);
        if (created) result.created++;
        else result.updated++;
        await ctx.afterWrite?.(plan.write.slug);
      }
      await bumpGeneration(trx);
    });
  } catch (err) {
    await removeStoredFiles(ctx.storageDir, newKeys);
    throw new BatchFailedError(lines[0].line, lines[lines.length - 1].line, lines.length - result.failures.length, result.failures, err);
  }
  // Ids learnt inside a transaction are only trustworthy once it committed.
  for (const [slug, id] of cache.types) ctx.cache.types.set(slug, id);
  for (const [slug, id] of cache.topics) ctx.cache.topics.set(slug, id);
  for (const [name, id] of cache.authors) ctx.cache.authors.set(name, id);

  const replaced = [...new Set(plans.flatMap((p) => p.replacedKeys))];
  const stillUsed = await referencedStorageKeys(ctx.db, replaced);
  await removeStoredFiles(ctx.storageDir, replaced.filter((k) => !stillUsed.has(k)));
  return result;
}

/**
 * Decides what writing a line would change. Attachments with a `file` reuse the stored copy when
 * the bytes are the same; ones without keep a stored file of the same name and size, because a
 * line with metadata only does not say the file went away. Returns 'unchanged' when nothing
 * would change; otherwise copies new files into storage (adding their keys to `newKeys`).
 */
async function planLine(
  ctx: BatchContext, pending: PendingLine, existing: StoredResource | undefined, newKeys: string[], warn: (reason: string) => void,
): Promise<Plan | 'unchanged'> {
  const r = pending.record;
  const available = [...(existing?.attachments ?? [])];
  const take = (match: (a: StoredResource['attachments'][number]) => boolean | Promise<boolean>) => (async () => {
    for (let i = 0; i < available.length; i++) {
      if (await match(available[i])) return available.splice(i, 1)[0];
    }
    return undefined;
  })();

  const attachments: ResourceWrite['attachments'] = [];
  const toStore: { index: number; source: string; label: string }[] = [];
  for (const [index, a] of r.attachments.entries()) {
    const base = { filename: a.filename, title: a.title, bytes: a.bytes };
    if (a.file) {
      const source = resolveAttachmentPath(ctx.baseDir, a.file);
      const size = await inspectPdf(source, a.file);
      if (size !== a.bytes) throw new AttachmentFileError(`attachments[${index}].bytes is ${a.bytes} but file "${a.file}" has ${size} bytes`);
      const same = await take((s) => s.storageKey !== null && s.filename === a.filename && s.bytes === size
        && sameContent(source, path.join(ctx.storageDir, s.storageKey)));
      if (same) attachments.push({ ...base, mimeType: same.mimeType, storageKey: same.storageKey, textContent: same.textContent ?? null, textState: same.textState ?? null });
      else {
        toStore.push({ index, source, label: a.file });
        attachments.push({ ...base, mimeType: 'application/pdf', storageKey: null, textContent: null });
      }
    } else {
      const kept = await take((s) => s.storageKey !== null && s.filename === a.filename && s.bytes === a.bytes);
      attachments.push(kept
        ? { ...base, mimeType: kept.mimeType, storageKey: kept.storageKey, textContent: kept.textContent ?? null, textState: kept.textState ?? null }
        : { ...base, mimeType: 'application/pdf', storageKey: null, textContent: null });
    }
  }

  const write: ResourceWrite = {
    slug: r.slug, type: r.type, title: r.title, summary: r.summary, body: r.body, topics: r.topics,
    language: r.language, audience: audienceForType(r.type), status: r.status ?? 'published',
    publishedOn: r.publishedOn, updatedOn: r.updatedOn,
    // A resource already on the site keeps its place in "Latest Items".
    postedAt: existing ? undefined : `${r.publishedOn}T12:00:00.000Z`,
    authors: r.authors, series: r.series, translationOf: r.translationOf, supersedes: r.supersedes, attachments,
  };
  if (existing && toStore.length === 0 && sameResource(existing, write)) return 'unchanged';

  const mine: string[] = [];
  try {
    for (const { index, source, label } of toStore) {
      const file = await storePdf(source, label, ctx.storageDir, { pdfTextTimeoutMs: ctx.pdfTextTimeoutMs });
      mine.push(file.storageKey);
      Object.assign(attachments[index], { storageKey: file.storageKey, mimeType: file.mimeType, textContent: file.textContent, textState: file.textState });
      if (file.textNote) warn(`attachment ${index + 1} ("${label}") is kept, but ${file.textNote}`);
    }
  } catch (err) {
    await removeStoredFiles(ctx.storageDir, mine);
    throw err;
  }
  newKeys.push(...mine);
  const keep = new Set(attachments.map((a) => a.storageKey));
  const replacedKeys = (existing?.attachments ?? []).map((a) => a.storageKey).filter((k): k is string => k !== null && !keep.has(k));
  return { line: pending.line, record: r, write, exists: Boolean(existing), replacedKeys };
}

function sameResource(s: StoredResource, w: ResourceWrite): boolean {
  const e = s.record;
  return e.type === w.type && e.title === w.title && e.summary === w.summary && e.body === w.body
    && e.language === w.language && e.publishedOn === w.publishedOn && e.updatedOn === w.updatedOn
    && s.status === w.status && s.audience === w.audience
    && sameList(e.topics, w.topics) && sameList(e.authors, w.authors)
    && s.attachments.length === w.attachments.length
    && s.attachments.every((a, i) => {
      const b = w.attachments[i];
      return a.filename === b.filename && a.title === b.title && a.bytes === b.bytes && a.mimeType === b.mimeType && a.storageKey === b.storageKey;
    });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The state a planned write leaves behind, for comparing a later line with the same slug. */
function asStored(plan: Plan, existing: StoredResource | undefined): StoredResource {
  const { write } = plan;
  return {
    id: existing?.id ?? 0,
    record: { ...plan.record, attachments: write.attachments.map((a) => ({ filename: a.filename, title: a.title, bytes: a.bytes })) },
    status: write.status,
    audience: write.audience,
    postedAt: existing?.postedAt ?? write.postedAt ?? '',
    attachments: write.attachments.map((a) => ({
      filename: a.filename, title: a.title, bytes: a.bytes, mimeType: a.mimeType ?? 'application/pdf',
      storageKey: a.storageKey ?? null, textContent: a.textContent ?? null, textState: a.textState ?? null,
    })),
  };
}

function copyCache(from: IdCache): IdCache {
  const cache = new IdCache();
  for (const [k, v] of from.types) cache.types.set(k, v);
  for (const [k, v] of from.topics) cache.topics.set(k, v);
  for (const [k, v] of from.authors) cache.authors.set(k, v);
  return cache;
}
