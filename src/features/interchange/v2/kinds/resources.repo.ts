import { z } from 'zod';
import { titleSortKey } from '../../../../platform/sort-key.ts';
import type { ExportContext, Field, ImportContext, RecordKind } from '../kind.ts';
import { fieldsSchema, fieldsToRow, rowToFields } from '../kind.ts';
import { MissingReferenceError } from '../refs.repo.ts';
import { ATTACHMENT_FIELDS, attachmentSchema, exportAttachment, importAttachment } from './attachments.repo.ts';
import { raiseCounter, raiseDocumentCounter } from '../../../resources/index.ts';
import { WORKFLOW_FIELDS, day, documentNumber, instant, optInstant, optInt, optText, slug, text } from './fields.ts';

/**
 * A resource's own columns, in the order a record lists them. **Adding a column to `resources` is
 * adding one line here** (and, for a list of its own, one entry in RESOURCE_LISTS below).
 * Derived columns are not carried: `sort_title` (from the title) and `resource_topics.listed_on`
 * (database triggers) are computed again on import; the search index and authorities are rebuilt
 * when the import commits.
 */
export const RESOURCE_FIELDS: readonly Field[] = [
  { json: 'slug', column: 'slug', schema: slug },
  { json: 'type', column: 'type_id', schema: slug, ref: 'resource_types' },
  { json: 'title', column: 'title', schema: text },
  { json: 'summary', column: 'summary', schema: text },
  { json: 'body', column: 'body', schema: text },
  { json: 'language', column: 'language', schema: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/) },
  { json: 'audience', column: 'audience', schema: text },
  { json: 'publishedOn', column: 'published_on', schema: day },
  { json: 'updatedOn', column: 'updated_on', schema: day.nullable() },
  { json: 'postedAt', column: 'posted_at', schema: instant },
  { json: 'firstPublishedAt', column: 'first_published_at', schema: optInstant },
  { json: 'series', column: 'series_id', schema: slug.nullable(), ref: 'series' },
  { json: 'seriesPart', column: 'series_part', schema: optInt },
  { json: 'seriesOf', column: 'series_of', schema: optInt },
  { json: 'reviewedOn', column: 'reviewed_on', schema: day.nullable() },
  { json: 'documentNumber', column: 'document_number', schema: documentNumber.nullable() },
  ...WORKFLOW_FIELDS,
];

/**
 * A resource's lists: each read for a page of resources in one query, written after the row.
 * Lists of slugs are sorted (code-point order); authors and attachments keep their stored order.
 */
/** A byline: a plain name (files written before affiliations) reads as a name without one. */
const byline = z.union([text.transform((name) => ({ name, affiliation: null })), z.object({ name: text, affiliation: optText }).strict()]);

const RESOURCE_LISTS = {
  topics: z.array(slug),
  authors: z.array(byline),
  // Lists newer than version 2's first files are optional: absent, none.
  updates: z.array(z.object({ on: day, note: text }).strict()).default([]),
  projects: z.array(slug),
  supersedes: z.array(slug),
  /** Editors' choices about the authorities read from the text (add, suppress, mark superseded or changed). */
  authorityOverrides: z.array(z.object({
    key: text, action: z.enum(['add', 'suppress', 'superseded', 'changed']), kind: text, display: text, note: optText, createdAt: instant,
    /** Who made the choice (an account's email), only with --with-staff. */
    by: z.string().optional(),
  }).strict()).default([]),
  attachments: z.array(attachmentSchema),
};

const resourceSchema = fieldsSchema(RESOURCE_FIELDS, { slug, title: text, translationOf: slug.nullable(), ...RESOURCE_LISTS });
type ResourceRecord = z.infer<typeof resourceSchema>;
type Lists = { [K in keyof typeof RESOURCE_LISTS]: Map<number, z.infer<(typeof RESOURCE_LISTS)[K]>> };

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function group<T>(rows: { resource_id: number }[], value: (r: never) => T): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const r of rows) {
    const list = map.get(r.resource_id) ?? [];
    list.push(value(r as never));
    map.set(r.resource_id, list);
  }
  return map;
}

async function loadLists(ctx: ExportContext, rows: { id: number; slug: string }[]): Promise<Lists> {
  const ids = rows.map((r) => r.id);
  const db = ctx.db;
  const [topics, authors, updates, projects, supersedes, overrides, attachments] = await Promise.all([
    db.selectFrom('resource_topics as rt').innerJoin('topics as t', 't.id', 'rt.topic_id').select(['rt.resource_id', 't.slug']).where('rt.resource_id', 'in', ids).execute(),
    db.selectFrom('resource_authors as ra').innerJoin('authors as a', 'a.id', 'ra.author_id').select(['ra.resource_id', 'a.name', 'ra.affiliation'])
      .where('ra.resource_id', 'in', ids).orderBy('ra.resource_id').orderBy('ra.position').execute(),
    db.selectFrom('resource_updates').select(['resource_id', 'noted_on', 'note'])
      .where('resource_id', 'in', ids).orderBy('resource_id').orderBy('position').orderBy('id').execute(),
    db.selectFrom('project_resources as pr').innerJoin('projects as p', 'p.id', 'pr.project_id').select(['pr.resource_id', 'p.slug']).where('pr.resource_id', 'in', ids).execute(),
    db.selectFrom('resource_supersedes as s').innerJoin('resources as r', 'r.id', 's.superseded_id').select(['s.resource_id', 'r.slug']).where('s.resource_id', 'in', ids).execute(),
    db.selectFrom('resource_authority_overrides as o').leftJoin('users as u', 'u.id', 'o.user_id')
      .select(['o.resource_id', 'o.key', 'o.action', 'o.kind', 'o.display', 'o.note', 'o.created_at', 'u.email']).where('o.resource_id', 'in', ids).execute(),
    db.selectFrom('attachments').select(['resource_id', 'storage_key', ...ATTACHMENT_FIELDS.map((f) => f.column as 'filename')])
      .where('resource_id', 'in', ids).orderBy('resource_id').orderBy('position').orderBy('id').execute(),
  ]);
  const sorted = (m: Map<number, string[]>) => new Map([...m].map(([k, v]) => [k, v.sort(byCodePoint)]));
  const slugOf = new Map(rows.map((r) => [r.id, r.slug]));
  const files = new Map<number, z.infer<typeof attachmentSchema>[]>();
  for (const a of attachments) {
    const list = files.get(a.resource_id) ?? [];
    list.push(await exportAttachment(ctx, slugOf.get(a.resource_id)!, a as never));
    files.set(a.resource_id, list);
  }
  return {
    topics: sorted(group(topics, (r: { slug: string }) => r.slug)),
    authors: group(authors, (r: { name: string; affiliation: string | null }) => ({ name: r.name, affiliation: r.affiliation })),
    updates: group(updates, (r: { noted_on: string; note: string }) => ({ on: r.noted_on, note: r.note })),
    projects: sorted(group(projects, (r: { slug: string }) => r.slug)),
    supersedes: sorted(group(supersedes, (r: { slug: string }) => r.slug)),
    authorityOverrides: new Map([...group(overrides, (o: (typeof overrides)[number]) => o)].map(([id, list]) => [id, list
      .sort((a, b) => byCodePoint(a.key, b.key) || byCodePoint(a.action, b.action))
      .map((o) => ({
        key: o.key, action: o.action, kind: o.kind, display: o.display, note: o.note, createdAt: o.created_at,
        ...(ctx.withStaff && o.email ? { by: o.email } : {}),
      }))])),
    attachments: files,
  };
}

async function* exportResources(ctx: ExportContext): AsyncGenerator<ResourceRecord> {
  const columns = [...RESOURCE_FIELDS.map((f) => f.column), 'translation_of_id'];
  let afterId = 0;
  for (;;) {
    const rows = await ctx.db.selectFrom('resources').select(['id', ...columns] as never[])
      .where('id', '>', afterId).orderBy('id').limit(ctx.pageSize).execute() as unknown as (Record<string, unknown> & { id: number; slug: string; translation_of_id: number | null })[];
    if (rows.length === 0) return;
    const lists = await loadLists(ctx, rows);
    for (const row of rows) {
      const record = await rowToFields(ctx, RESOURCE_FIELDS, row);
      record.translationOf = row.translation_of_id === null ? null : await ctx.refs.keyOf('resources', row.translation_of_id);
      for (const key of Object.keys(RESOURCE_LISTS) as (keyof Lists)[]) record[key] = lists[key].get(row.id) ?? [];
      yield record as ResourceRecord;
    }
    afterId = rows[rows.length - 1].id;
  }
}

async function authorId(ctx: ImportContext, name: string): Promise<number> {
  const found = await ctx.refs.find('authors', name);
  if (found !== undefined) return found;
  const { id } = await ctx.trx.insertInto('authors').values({ name }).returning('id').executeTakeFirstOrThrow();
  ctx.refs.remember('authors', name, id);
  return id;
}

/** Links a translation and superseded resources now if they are already written, at the end otherwise. */
async function linkResources(ctx: ImportContext, id: number, r: ResourceRecord, final: boolean): Promise<boolean> {
  const targets = [...(r.translationOf ? [r.translationOf] : []), ...r.supersedes];
  const ids = new Map<string, number>();
  for (const s of targets) {
    const found = await ctx.refs.find('resources', s);
    if (found === undefined) {
      if (final) throw new MissingReferenceError(`resource "${r.slug}" refers to "${s}", which is not in the file`);
      return false;
    }
    ids.set(s, found);
  }
  if (r.translationOf) await ctx.trx.updateTable('resources').set({ translation_of_id: ids.get(r.translationOf)! }).where('id', '=', id).execute();
  if (r.supersedes.length) {
    await ctx.trx.insertInto('resource_supersedes').values(r.supersedes.map((s) => ({ resource_id: id, superseded_id: ids.get(s)! }))).execute();
  }
  return true;
}

async function importResource(ctx: ImportContext, r: ResourceRecord): Promise<void> {
  const row = await fieldsToRow(ctx, RESOURCE_FIELDS, r);
  const { id } = await ctx.trx.insertInto('resources').values({ ...row, sort_title: titleSortKey(r.title) } as never)
    .returning('id').executeTakeFirstOrThrow();
  ctx.refs.remember('resources', r.slug, id);
  if (r.topics.length) {
    const topicIds = await Promise.all(r.topics.map((t) => ctx.refs.idOf('topics', t)));
    await ctx.trx.insertInto('resource_topics').values(topicIds.map((topic_id) => ({ resource_id: id, topic_id }))).execute();
  }
  const authorIds: number[] = [];
  for (const a of r.authors) authorIds.push(await authorId(ctx, a.name));
  if (authorIds.length) {
    await ctx.trx.insertInto('resource_authors')
      .values(authorIds.map((author_id, position) => ({ resource_id: id, author_id, position, affiliation: r.authors[position].affiliation }))).execute();
  }
  if (r.updates.length) {
    await ctx.trx.insertInto('resource_updates').values(r.updates.map((u, position) => ({ resource_id: id, position, noted_on: u.on, note: u.note }))).execute();
  }
  for (const o of r.authorityOverrides) {
    await ctx.trx.insertInto('resource_authority_overrides').values({
      resource_id: id, key: o.key, action: o.action, kind: o.kind, display: o.display, note: o.note, created_at: o.createdAt,
      user_id: o.by ? await ctx.refs.idOf('users', o.by) : null,
    }).execute();
  }
  // A number carried in the file is never given again here, even without its counter's record.
  if (r.documentNumber) await raiseDocumentCounter(ctx.trx, r.documentNumber as string);
  if (r.projects.length) {
    const projectIds = await Promise.all(r.projects.map((p) => ctx.refs.idOf('projects', p)));
    await ctx.trx.insertInto('project_resources').values(projectIds.map((project_id) => ({ project_id, resource_id: id }))).execute();
  }
  for (const [position, a] of r.attachments.entries()) {
    await ctx.trx.insertInto('attachments').values({ ...(await importAttachment(ctx, a)), resource_id: id, position } as never).execute();
  }
  if (!(await linkResources(ctx, id, r, false))) ctx.later(async () => { await linkResources(ctx, id, r, true); });
}

export const resourceKind: RecordKind<ResourceRecord> = {
  kind: 'resource',
  schema: resourceSchema,
  export: exportResources,
  import: importResource,
};

/** `document_counters` as stored: the last number given per prefix and year, so none is given twice. */
const counterSchema = z.object({
  prefix: z.string().regex(/^[A-Z][A-Z0-9]{0,11}$/),
  year: z.number().int().min(1000).max(9999),
  last: z.number().int().min(0),
}).strict();

/** The columns of `document_counters`: a record's keys are its column names. */
export const COUNTER_COLUMNS = Object.keys(counterSchema.shape);

/** Document number counters, after the resources (whose numbers may have raised them already). */
export const documentCounterKind: RecordKind<z.infer<typeof counterSchema>> = {
  kind: 'document-counter',
  schema: counterSchema,
  async *export(ctx) {
    yield* await ctx.db.selectFrom('document_counters').select(['prefix', 'year', 'last']).orderBy('prefix').orderBy('year').execute();
  },
  async import(ctx, record) {
    await raiseCounter(ctx.trx, record.prefix, record.year, record.last);
  },
};
