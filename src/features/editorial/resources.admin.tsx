import { parseId } from '../../platform/ids.ts';
import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { html as htmlTemplate, raw } from 'hono/html';
import { AppError, notFound } from '../../platform/errors.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import { MAX_MARKDOWN_CHARS, renderMarkdown, renderMarkdownChecked } from '../../platform/markdown.ts';
import { renderPage } from '../../platform/render.tsx';
import type { Site } from '../../platform/site.ts';
import { adminPage } from '../admin/index.ts';
import { readFormData } from '../../platform/forms.ts';
import { authorize, can } from '../admin/index.ts';
import { Notice } from '../../platform/views/form.tsx';
import { ResourcePage } from '../resources/index.ts';
import { RESOURCE_STATUSES, type ResourceStatus } from '../resources/index.ts';
import { discardAttachments, sendUpload, storePdfUpload } from '../uploads/index.ts';
import { attachmentsDir } from '../uploads/index.ts';
import { findAttachment } from './editorial.repo.ts';
import { refused, type ContentRefusal } from '../../content/refusal.ts';
import { inputFromForm, readAttachmentEdits, readRemovals, readResourceForm, readUploads } from './editorial.form.ts';
import { validAttachmentEdits } from './editorial.rules.ts';
import { currentUser, doneMessage, editorialDeps, forbidden, mayView, resourceFromPath, storageFullMessage, subjectOf } from './editorial.http.ts';
import { renderEdit, renderNew } from './editorial.pages.tsx';
import type { ResourceInput } from './editorial.schema.ts';
import { parseResourceInput } from './editorial.rules.ts';
import { createDraft, saveDraft } from './editorial.service.ts';
import type { NewAttachment } from '../uploads/index.ts';
import { authorChoices, listForStaff, taxonomyChoices, findPreviewDetail, type StaffFilter } from './staff.repo.ts';
import { ResourceList } from './views/ResourceList.tsx';
import { bodyAuthorities, recognizedOf } from './editorial.authorities.ts';

const PAGE_SIZE = 25;

/** Runs a check that throws an `invalid` refusal, as a result instead of an exception. */
function checked<T>(check: () => T): { ok: true; value: T } | { ok: false; error: ContentRefusal } {
  try {
    return { ok: true, value: check() };
  } catch (err) {
    if (refused(err, 'invalid')) return { ok: false, error: err };
    throw err;
  }
}

/** The list's filters from the query string; anything malformed is ignored rather than refused. */
function readFilter(c: AppContext): StaffFilter {
  const q = c.req.query();
  const state = q.state as ResourceStatus | undefined;
  return {
    status: state && RESOURCE_STATUSES.includes(state) ? state : undefined,
    type: q.type && /^[a-z0-9-]{1,120}$/.test(q.type) ? q.type : undefined,
    authorId: parseId(q.author) ?? undefined,
    updatedFrom: q.updated && /^\d{4}-\d{2}-\d{2}$/.test(q.updated) ? q.updated : undefined,
    q: q.q?.trim().slice(0, 200) || undefined,
  };
}

function filterQuery(f: StaffFilter): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.status) p.set('state', f.status);
  if (f.type) p.set('type', f.type);
  if (f.authorId) p.set('author', String(f.authorId));
  if (f.updatedFrom) p.set('updated', f.updatedFrom);
  const s = p.toString();
  return s ? `&${s}` : '';
}

/** Stores each uploaded PDF; on the first refusal removes the ones already stored and rethrows. */
async function storeUploads(site: Site, form: FormData): Promise<NewAttachment[]> {
  const { dataDir, uploadMaxBytes, pdfTextTimeoutMs } = site.deps.config;
  const stored: NewAttachment[] = [];
  try {
    for (const upload of await readUploads(form)) stored.push(await storePdfUpload({ dataDir, maxBytes: uploadMaxBytes, pdfTextTimeoutMs }, upload));
  } catch (err) {
    await discardAttachments(dataDir, stored.map((s) => s.storageKey));
    throw err;
  }
  return stored;
}

/**
 * The staff list, the new-resource and edit forms (with PDF uploads), the private preview and
 * the body preview the editor toolbar asks for. Every route needs a signed-in account; per-item
 * rights (an author edits only their own drafts) are checked once the item is loaded.
 */
export function resourcesAdmin(site: Site) {
  const app = new Hono<AppEnv>();
  const { db, config } = site.deps;

  app.get('/admin/resources', authorize('resource.create'), async (c) => {
    const t = c.get('t');
    const filter = readFilter(c);
    const page = Math.min(parseId(c.req.query('page')) ?? 1, 100_000);
    // Authors see what they may open (mayView): published resources and their own.
    const user = currentUser(c);
    const visibleTo = can(user, 'resource.review') ? undefined : user.id;
    const [{ total, rows }, { types }, authors] = await Promise.all([
      listForStaff(db, { ...filter, visibleTo }, PAGE_SIZE, (page - 1) * PAGE_SIZE), taxonomyChoices(db), authorChoices(db),
    ]);
    return adminPage(c, site, t('editorial.list.title'), (
      <ResourceList t={t} rows={rows} total={total} page={page} pageSize={PAGE_SIZE} filter={filter} types={types} authors={authors}
        done={doneMessage(c)} query={filterQuery(filter)} />
    ));
  });

  app.get('/admin/resources/new', authorize('resource.create'), (c) => renderNew(c, site));

  app.post('/admin/resources', authorize('resource.create'), async (c) => {
    const t = c.get('t');
    const form = await readFormData(c);
    const values = readResourceForm(form);
    const parsed = parseResourceInput(inputFromForm(values));
    if (!parsed.ok) return renderNew(c, site, { values, errors: parsed.error.fieldMessages(t) }, 400);
    let stored: NewAttachment[];
    try {
      stored = await storeUploads(site, form);
    } catch (err) {
      if (err instanceof AppError) return renderNew(c, site, { values, errors: { attachments: err.say(t) } }, 400);
      throw err;
    }
    try {
      const { id } = await createDraft(editorialDeps(c, site), currentUser(c), parsed.value, stored);
      return c.redirect(`/admin/resources/${id}?done=created`, 303);
    } catch (err) {
      await discardAttachments(config.dataDir, stored.map((s) => s.storageKey));
      if (refused(err, 'invalid')) return renderNew(c, site, { values, errors: err.fieldMessages(t) }, 400);
      const full = storageFullMessage(c, site, err);
      if (full) return renderNew(c, site, { values, error: full }, 507);
      throw err;
    }
  });

  app.get('/admin/resources/:id{[0-9]+}', authorize('resource.create'), async (c) => {
    const { meta } = await resourceFromPath(c, site);
    if (!mayView(currentUser(c), meta)) throw forbidden(c);
    return renderEdit(c, site, meta.id);
  });

  app.post('/admin/resources/:id{[0-9]+}', authorize('resource.create'), async (c) => {
    const { meta } = await resourceFromPath(c, site);
    const user = currentUser(c);
    if (!can(user, 'resource.edit', subjectOf(meta))) throw forbidden(c);
    const t = c.get('t');
    const form = await readFormData(c);
    const values = { ...readResourceForm(form), attachmentEdits: readAttachmentEdits(form) };
    const version = parseId(form.get('version'));
    if (version === null) return renderEdit(c, site, meta.id, { values, error: t('editorial.error.version') }, 400);
    const parsed = parseResourceInput(inputFromForm(values));
    const edits = checked(() => validAttachmentEdits(values.attachmentEdits));
    if (!parsed.ok || !edits.ok) {
      const errors = { ...(parsed.ok ? {} : parsed.error.fieldMessages(t)), ...(edits.ok ? {} : edits.error.fieldMessages(t)) };
      return renderEdit(c, site, meta.id, { values, errors }, 400);
    }
    let stored: NewAttachment[];
    try {
      stored = await storeUploads(site, form);
    } catch (err) {
      if (err instanceof AppError) return renderEdit(c, site, meta.id, { values, errors: { attachments: err.say(t) } }, 400);
      throw err;
    }
    try {
      const result = await saveDraft(editorialDeps(c, site), user, meta.id, version, parsed.value as ResourceInput, { add: stored, removeIds: readRemovals(form), edit: edits.value });
      await discardAttachments(config.dataDir, result.removedKeys);
      return c.redirect(`/admin/resources/${meta.id}?done=saved`, 303);
    } catch (err) {
      await discardAttachments(config.dataDir, stored.map((s) => s.storageKey));
      if (refused(err, 'conflict')) return renderEdit(c, site, meta.id, { values, conflict: err }, 409);
      if (refused(err, 'invalid')) return renderEdit(c, site, meta.id, { values, errors: err.fieldMessages(t) }, 400);
      const full = storageFullMessage(c, site, err);
      if (full) return renderEdit(c, site, meta.id, { values, error: full }, 507);
      throw err;
    }
  });

  app.get('/admin/resources/:id{[0-9]+}/preview', authorize('resource.create'), async (c) => {
    const { meta } = await resourceFromPath(c, site);
    if (!mayView(currentUser(c), meta)) throw forbidden(c);
    const stored = await findPreviewDetail(db, meta.id);
    if (!stored) throw notFound();
    // A draft has no stored authorities yet: show what it will cite once published.
    const detail = stored.authorities.length || stored.resource.status === 'published' ? stored : {
      ...stored, authorities: (await recognizedOf(db, meta.id, stored.resource)).filter((a) => a.state !== 'suppressed')
        .map((a) => ({ key: a.key, kind: a.kind, display: a.display, pins: [], fields: a.fields })),
    };
    const view = site.view(c);
    const t = c.get('t');
    return renderPage(c, view, { title: detail.resource.title, description: detail.resource.summary.slice(0, 300), noindex: true }, (
      <>
        <div class="wrap preview-banner">
          <Notice kind="warning"><p>{t('editorial.preview.banner')} <a href={`/admin/resources/${meta.id}`}>{t('editorial.preview.edit')}</a></p></Notice>
        </div>
        <ResourcePage view={view} detail={detail} bodyHtml={await renderMarkdown(detail.resource.body)}
          attachmentHref={(a) => `/admin/resources/${meta.id}/attachments/${a.id}`} />
      </>
    ));
  });

  // A draft's attachment, for staff who may see the draft (the public route serves published ones only).
  app.get('/admin/resources/:id{[0-9]+}/attachments/:aid{[0-9]+}', authorize('resource.create'), async (c) => {
    const { meta } = await resourceFromPath(c, site);
    if (!mayView(currentUser(c), meta)) throw forbidden(c);
    const aid = parseId(c.req.param('aid'));
    const attachment = aid === null ? undefined : await findAttachment(db, meta.id, aid);
    if (!attachment?.storage_key) throw notFound();
    const file = path.join(attachmentsDir(config.dataDir), path.basename(attachment.storage_key));
    if (!fs.existsSync(file)) throw notFound();
    return sendUpload(c, file, { filename: attachment.filename, mimeType: attachment.mime_type, cacheControl: 'no-store' });
  });

  // The editor toolbar's live preview: Markdown in, sanitized HTML out (the same renderer as the site).
  app.post('/admin/preview', authorize('resource.create'), async (c) => {
    const form = await readFormData(c);
    const body = form.get('body');
    const { html, formatted } = typeof body === 'string' ? await renderMarkdownChecked(body.slice(0, MAX_MARKDOWN_CHARS)) : { html: '', formatted: true };
    c.header('Cache-Control', 'no-store');
    // The resource form asks for the authorities its body cites too, so editors see them as they write.
    const cited = c.req.query('authorities') === '1' && typeof body === 'string' ? bodyAuthorities(c.get('t'), body) : '';
    // Text too complex to format within the time budget is shown plain, and the editor is told why.
    return c.html(formatted ? htmlTemplate`${raw(html)}${raw(cited)}` : htmlTemplate`<p class="notice">${c.get('t')('editorial.preview.plain')}</p>\n${raw(html)}${raw(cited)}`);
  });

  return app;
}
