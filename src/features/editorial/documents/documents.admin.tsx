import { parseId } from '../../../platform/ids.ts';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../../platform/http.ts';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { renderPage } from '../../../platform/render.tsx';
import type { Site } from '../../../platform/site.ts';
import { adminPage } from '../../admin/index.ts';
import { readFormData } from '../../../platform/forms.ts';
import { Notice } from '../../../platform/views/form.tsx';
import { authorize, can } from '../../admin/index.ts';
import { PageArticle, ProjectIntro, StatementArticle } from '../../pages/index.ts';
import { RESOURCE_STATUSES, type ResourceStatus } from '../../resources/index.ts';
import { storageFullMessage } from '../editorial.http.ts';
import { refused } from '../../../content/refusal.ts';
import { inputFromValues, readDocumentForm } from './documents.form.ts';
import { currentUser, doneMessage, documentDeps, documentFromPath, fieldMessages, forbidden, mayView, subjectOf } from './documents.http.ts';
import { documentAuthors, listDocuments, type DocumentFilter } from './documents.list.repo.ts';
import { renderEditDocument, renderNewDocument } from './documents.pages.tsx';
import { createDocument, saveDocument } from './documents.service.ts';
import { DOCUMENT_KINDS, KINDS, parseDocumentInput, type DocumentKind } from './kinds.ts';
import { DocumentList } from './views/DocumentList.tsx';

const PAGE_SIZE = 25;

/** The list's filters from the query string; anything malformed is ignored rather than refused. */
function readFilter(c: AppContext): DocumentFilter {
  const q = c.req.query();
  const state = q.state as ResourceStatus | undefined;
  return {
    status: state && RESOURCE_STATUSES.includes(state) ? state : undefined,
    authorId: parseId(q.author) ?? undefined,
    updatedFrom: q.updated && /^\d{4}-\d{2}-\d{2}$/.test(q.updated) ? q.updated : undefined,
    q: q.q?.trim().slice(0, 200) || undefined,
  };
}

function filterQuery(f: DocumentFilter): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.status) p.set('state', f.status);
  if (f.authorId) p.set('author', String(f.authorId));
  if (f.updatedFrom) p.set('updated', f.updatedFrom);
  const s = p.toString();
  return s ? `&${s}` : '';
}

/** Registers the list, new, create, edit, save and preview routes of one kind. */
function documentRoutes(app: Hono<AppEnv>, site: Site, kind: DocumentKind) {
  const spec = KINDS[kind];
  const { db } = site.deps;
  const item = `${spec.adminPath}/:id{[0-9]+}`;

  app.get(spec.adminPath, authorize('document.create'), async (c) => {
    const t = c.get('t');
    const filter = readFilter(c);
    const page = Math.min(parseId(c.req.query('page')) ?? 1, 100_000);
    // Authors see what they may open (mayView): published documents and their own.
    const user = currentUser(c);
    const visibleTo = can(user, 'document.review') ? undefined : user.id;
    const [{ total, rows }, authors] = await Promise.all([listDocuments(db, kind, { ...filter, visibleTo }, PAGE_SIZE, (page - 1) * PAGE_SIZE), documentAuthors(db, kind)]);
    return adminPage(c, site, t(spec.labels.list), (
      <DocumentList t={t} spec={spec} rows={rows} total={total} page={page} pageSize={PAGE_SIZE} filter={filter} authors={authors}
        done={doneMessage(c)} query={filterQuery(filter)} />
    ));
  });

  app.get(`${spec.adminPath}/new`, authorize('document.create'), (c) => renderNewDocument(c, site, kind));

  app.post(spec.adminPath, authorize('document.create'), async (c) => {
    const t = c.get('t');
    const values = readDocumentForm(await readFormData(c));
    const parsed = parseDocumentInput(kind, inputFromValues(kind, values));
    if (!parsed.ok) return renderNewDocument(c, site, kind, { values, errors: fieldMessages(t, kind, parsed.errors) }, 400);
    try {
      const { id } = await createDocument(documentDeps(c, site), kind, currentUser(c), parsed.value);
      return c.redirect(`${spec.adminPath}/${id}?done=created`, 303);
    } catch (err) {
      if (refused(err, 'invalid')) return renderNewDocument(c, site, kind, { values, errors: fieldMessages(t, kind, err.fields) }, 400);
      const full = storageFullMessage(c, site, err);
      if (full) return renderNewDocument(c, site, kind, { values, error: full }, 507);
      throw err;
    }
  });

  app.get(item, authorize('document.create'), async (c) => {
    const { meta } = await documentFromPath(c, site, kind);
    if (!mayView(currentUser(c), meta)) throw forbidden(c);
    return renderEditDocument(c, site, kind, meta.id);
  });

  app.post(item, authorize('document.create'), async (c) => {
    const t = c.get('t');
    const form = await readFormData(c);
    const values = readDocumentForm(form);
    const version = parseId(form.get('version'));
    const { meta } = await documentFromPath(c, site, kind);
    const user = currentUser(c);
    if (!can(user, 'document.edit', subjectOf(meta))) throw forbidden(c);
    if (version === null) return renderEditDocument(c, site, kind, meta.id, { values, error: t('editorial.error.version') }, 400);
    const parsed = parseDocumentInput(kind, inputFromValues(kind, values));
    if (!parsed.ok) return renderEditDocument(c, site, kind, meta.id, { values, errors: fieldMessages(t, kind, parsed.errors) }, 400);
    try {
      await saveDocument(documentDeps(c, site), kind, user, meta.id, version, parsed.value);
      return c.redirect(`${spec.adminPath}/${meta.id}?done=saved`, 303);
    } catch (err) {
      if (refused(err, 'conflict')) return renderEditDocument(c, site, kind, meta.id, { values, conflict: err }, 409);
      if (refused(err, 'invalid')) return renderEditDocument(c, site, kind, meta.id, { values, errors: fieldMessages(t, kind, err.fields) }, 400);
      const full = storageFullMessage(c, site, err);
      if (full) return renderEditDocument(c, site, kind, meta.id, { values, error: full }, 507);
      throw err;
    }
  });

  // The private preview: any state, in the public design, never indexed, for staff who may see the item.
  app.get(`${item}/preview`, authorize('document.create'), async (c) => {
    const { meta, snapshot } = await documentFromPath(c, site, kind);
    if (!mayView(currentUser(c), meta)) throw forbidden(c);
    const view = site.view(c);
    const t = c.get('t');
    const bodyHtml = await renderMarkdown(snapshot.body);
    const content = kind === 'project'
      ? <div class="wrap"><ProjectIntro view={view} project={{ name: snapshot.title, summary: snapshot.summary, body: snapshot.body }} bodyHtml={bodyHtml} /></div>
      : kind === 'statement'
        ? <StatementArticle view={view} statement={{ title: snapshot.title, summary: snapshot.summary, published_on: snapshot.publishedOn ?? '' }} bodyHtml={bodyHtml} />
        : <PageArticle view={view} page={snapshot} bodyHtml={bodyHtml} />;
    c.header('Cache-Control', 'no-store');
    return renderPage(c, view, { title: snapshot.title, description: snapshot.summary.slice(0, 300) || snapshot.title, noindex: true }, (
      <>
        <div class="wrap preview-banner">
          <Notice kind="warning"><p>{t('documents.preview.banner', { noun: t(spec.labels.noun) })} <a href={`${spec.adminPath}/${meta.id}`}>{t('editorial.preview.edit')}</a></p></Notice>
        </div>
        {content}
      </>
    ));
  });
}

/**
 * Staff screens for projects, statements and pages: list, new, edit and private preview of each
 * kind, from the registry in kinds.ts. Every route needs a signed-in account; per-item rights (an
 * author edits only their own drafts) are checked once the item is loaded.
 */
export function documentsAdmin(site: Site) {
  const app = new Hono<AppEnv>();
  for (const kind of DOCUMENT_KINDS) documentRoutes(app, site, kind);
  return app;
}
