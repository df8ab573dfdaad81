import { parseId } from '../../platform/ids.ts';
import { Hono } from 'hono';
import { notFound } from '../../platform/errors.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage } from '../admin/index.ts';
import { readForm, validateForm, type FieldErrors } from '../../platform/forms.ts';
import { authorize } from '../admin/index.ts';
import { KINDS, TERM_KINDS, type TermSpec } from './kinds.ts';
import { findTerm, listTerms, type Term } from './taxonomy.repo.ts';
import { versionField, type TermInput } from './taxonomy.schema.ts';
import { actorOf } from './taxonomy.http.ts';
import { createTerm, deleteTerm, saveTerm, TermError } from './taxonomy.service.ts';
import { settingsAdmin } from './settings.admin.tsx';
import { TermForm, TermList, termValues } from './views/TermPages.tsx';

/** Messages shown after a redirect, chosen by `?done=` from this fixed list. */
const DONE: Record<string, MessageKey> = {
  created: 'taxonomy.done.created',
  saved: 'taxonomy.done.saved',
  deleted: 'taxonomy.done.deleted',
};

/** The `?done=` notice of a page, in the page's language. */
function doneNotice(c: AppContext): string | undefined {
  const key = c.req.query('done');
  return key && DONE[key] ? c.get('t')(DONE[key]) : undefined;
}

/**
 * Admin screens for the taxonomy: topics and resource types at /admin/topics and /admin/types
 * (list with usage counts, create, edit with English and Spanish names, delete while unused), and
 * the organization settings at /admin/settings. Admins only (`taxonomy.manage`, `settings.manage`).
 */
export function taxonomyAdmin(site: Site) {
  const app = new Hono<AppEnv>();
  for (const kind of TERM_KINDS) app.route('/', termRoutes(site, KINDS[kind]));
  app.route('/', settingsAdmin(site));
  return app;
}

/** The five routes of one vocabulary. Handlers: validate → load → act → render or redirect. */
function termRoutes(site: Site, spec: TermSpec) {
  const { db } = site.deps;
  const app = new Hono<AppEnv>();
  app.use(spec.base, authorize('taxonomy.manage'));
  app.use(`${spec.base}/*`, authorize('taxonomy.manage'));

  /** The term named in the path, or a 404. */
  const target = async (c: AppContext): Promise<Term> => {
    const id = parseId(c.req.param('id'));
    const term = id === null ? undefined : await findTerm(db, spec, id);
    if (!term) throw notFound(c.get('t')('error.404.body'));
    return term;
  };

  const form = (c: AppContext, status: 200 | 400 | 409, props: Omit<Parameters<typeof TermForm>[0], 't' | 'spec'>) => {
    const t = c.get('t');
    return adminPage(c, site, props.term ? props.term.name : t(spec.text.newTitle), <TermForm t={t} spec={spec} {...props} />, status);
  };

  /** Validates a submitted form; the refilled values and the errors beside fields when it fails. */
  const parse = (c: AppContext, values: Record<string, string>): { ok: true; data: TermInput } | { ok: false; errors: FieldErrors } => {
    const parsed = validateForm(spec.schema, values, c.get('t'));
    return parsed.ok ? { ok: true, data: parsed.data as TermInput } : parsed;
  };

  const slugTaken = (c: AppContext): FieldErrors => ({ slug: c.get('t')('taxonomy.error.slug.taken') });

  app.get(spec.base, async (c) => {
    const t = c.get('t');
    return adminPage(c, site, t(spec.text.title), <TermList t={t} spec={spec} terms={await listTerms(db, spec)} done={doneNotice(c)} />);
  });

  app.get(`${spec.base}/new`, (c) => form(c, 200, { values: {} }));

  app.post(spec.base, async (c) => {
    const values = await readForm(c);
    const parsed = parse(c, values);
    if (!parsed.ok) return form(c, 400, { values, errors: parsed.errors });
    try {
      await createTerm(db, spec, parsed.data, actorOf(c, site));
    } catch (err) {
      if (err instanceof TermError && err.reason === 'slug_taken') return form(c, 400, { values, errors: slugTaken(c) });
      throw err;
    }
    return c.redirect(`${spec.base}?done=created`, 303);
  });

  app.get(`${spec.base}/:id{[0-9]+}`, async (c) => {
    const term = await target(c);
    return form(c, 200, { term, values: termValues(term), done: doneNotice(c) });
  });

  app.post(`${spec.base}/:id{[0-9]+}`, async (c) => {
    const term = await target(c);
    const values = await readForm(c);
    const version = versionField.safeParse(values.version);
    const parsed = parse(c, values);
    if (!version.success || !parsed.ok) {
      const errors = { ...(parsed.ok ? {} : parsed.errors), ...(version.success ? {} : { form: c.get('t')('taxonomy.error.stale') }) };
      return form(c, 400, { term, values, errors });
    }
    try {
      await saveTerm(db, spec, term.id, version.data, parsed.data, actorOf(c, site));
    } catch (err) {
      if (!(err instanceof TermError)) throw err;
      if (err.reason === 'slug_taken') return form(c, 400, { term, values, errors: slugTaken(c) });
      if (err.reason === 'conflict' && err.current) {
        // Their own text stays in the form; the version moves on so saving again replaces what is stored.
        return form(c, 409, { term: err.current, values: { ...values, version: String(err.current.version) }, conflict: err.current });
      }
      throw notFound(c.get('t')('error.404.body'));
    }
    return c.redirect(`${spec.base}/${term.id}?done=saved`, 303);
  });

  app.post(`${spec.base}/:id{[0-9]+}/delete`, async (c) => {
    const term = await target(c);
    try {
      await deleteTerm(db, spec, term.id, actorOf(c, site));
    } catch (err) {
      if (!(err instanceof TermError)) throw err;
      if (err.reason === 'in_use') {
        const current = (await findTerm(db, spec, term.id)) ?? term;
        return form(c, 409, { term: current, values: termValues(current), refusal: c.get('t')(spec.text.inUse, { count: err.uses }) });
      }
      throw notFound(c.get('t')('error.404.body'));
    }
    return c.redirect(`${spec.base}?done=deleted`, 303);
  });

  return app;
}
