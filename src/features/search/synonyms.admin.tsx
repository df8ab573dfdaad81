import { Hono } from 'hono';
import { clientIp } from '../../platform/client-ip.ts';
import { notFound } from '../../platform/errors.ts';
import { readForm, type FieldErrors } from '../../platform/forms.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { parseId } from '../../platform/ids.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage, authorize } from '../admin/index.ts';
import { findSynonymGroup, listSynonyms, type SynonymGroupRow } from './synonyms.repo.ts';
import { readPhrases, readVersion, type SynonymProblem } from './synonyms.schema.ts';
import { createSynonymGroup, deleteSynonymGroup, saveSynonymGroup, SynonymError, type SynonymActor } from './synonyms.service.ts';
import { phrasesValue, SynonymForm, SynonymList, type SynonymFormProps } from './views/SynonymPages.tsx';

const BASE = '/admin/synonyms';

/** Notices shown after a redirect, chosen by `?done=` from this fixed list. */
const DONE: Record<string, MessageKey> = {
  created: 'synonyms.done.created',
  saved: 'synonyms.done.saved',
  deleted: 'synonyms.done.deleted',
};

function doneNotice(c: AppContext): string | undefined {
  const key = c.req.query('done');
  return key && DONE[key] ? c.get('t')(DONE[key]) : undefined;
}

/**
 * The staff's synonym list at /admin/synonyms: list, add, edit and delete groups of equivalent
 * phrases ("CIMT" = "crime involving moral turpitude"). Editors and admins (`synonym.manage`).
 * Every change bumps the content generation, so the next search on every node reads the new list.
 * Handlers: validate → load → act → render or redirect.
 */
export function synonymsAdmin(site: Site) {
  const { db, clock, config } = site.deps;
  const app = new Hono<AppEnv>();
  app.use(BASE, authorize('synonym.manage'));
  app.use(`${BASE}/*`, authorize('synonym.manage'));

  const actor = (c: AppContext): SynonymActor => ({ userId: c.get('user')!.id, ip: clientIp(c, config.trustProxy), now: clock.now() });
  const problemText = (c: AppContext, problem: SynonymProblem) => c.get('t')(problem.key, problem.params);

  /** The group named in the path, or a 404. */
  const target = async (c: AppContext): Promise<SynonymGroupRow> => {
    const id = parseId(c.req.param('id'));
    const group = id === null ? undefined : await findSynonymGroup(db, id);
    if (!group) throw notFound(c.get('t')('synonyms.not_found'));
    return group;
  };

  const form = (c: AppContext, status: 200 | 400 | 409, props: Omit<SynonymFormProps, 't'>) => {
    const t = c.get('t');
    return adminPage(c, site, props.group ? t('synonyms.edit.title') : t('synonyms.new.title'), <SynonymForm t={t} {...props} />, status);
  };

  /** What a refused save shows: a message beside the phrases box, or the conflict screen. */
  const refused = (c: AppContext, err: unknown, values: { phrases: string; version?: string }, group?: SynonymGroupRow) => {
    if (!(err instanceof SynonymError)) throw err;
    if (err.reason === 'taken' && err.problem) return form(c, 400, { group, values, errors: { phrases: problemText(c, err.problem) } });
    if (err.reason === 'conflict' && err.current) {
      // Their own text stays in the form; the version moves on so saving again replaces what is stored.
      return form(c, 409, { group: err.current, values: { ...values, version: String(err.current.version) }, conflict: err.current });
    }
    throw notFound(c.get('t')('synonyms.not_found'));
  };

  app.get(BASE, async (c) => {
    const t = c.get('t');
    return adminPage(c, site, t('synonyms.title'), <SynonymList t={t} groups={await listSynonyms(db)} done={doneNotice(c)} />);
  });

  app.get(`${BASE}/new`, (c) => form(c, 200, { values: { phrases: '' } }));

  app.post(BASE, async (c) => {
    const fields = await readForm(c);
    const values = { phrases: fields.phrases ?? '' };
    const parsed = readPhrases(fields.phrases);
    if (!parsed.ok) return form(c, 400, { values, errors: { phrases: problemText(c, parsed.problem) } });
    try {
      await createSynonymGroup(db, parsed.phrases, actor(c));
    } catch (err) {
      return refused(c, err, values);
    }
    return c.redirect(`${BASE}?done=created`, 303);
  });

  app.get(`${BASE}/:id{[0-9]+}`, async (c) => {
    const group = await target(c);
    return form(c, 200, { group, values: { phrases: phrasesValue(group) }, done: doneNotice(c) });
  });

  app.post(`${BASE}/:id{[0-9]+}`, async (c) => {
    const group = await target(c);
    const fields = await readForm(c);
    const values = { phrases: fields.phrases ?? '', version: fields.version };
    const version = readVersion(fields.version);
    const parsed = readPhrases(fields.phrases);
    if (version === null || !parsed.ok) {
      const errors: FieldErrors = {
        ...(parsed.ok ? {} : { phrases: problemText(c, parsed.problem) }),
        ...(version === null ? { form: c.get('t')('synonyms.error.stale') } : {}),
      };
      return form(c, 400, { group, values: { ...values, version: String(group.version) }, errors });
    }
    try {
      await saveSynonymGroup(db, group.id, version, parsed.phrases, actor(c));
    } catch (err) {
      return refused(c, err, values, group);
    }
    return c.redirect(`${BASE}/${group.id}?done=saved`, 303);
  });

  app.post(`${BASE}/:id{[0-9]+}/delete`, async (c) => {
    const group = await target(c);
    const fields = await readForm(c);
    const version = readVersion(fields.version);
    try {
      await deleteSynonymGroup(db, group.id, version ?? -1, actor(c));
    } catch (err) {
      return refused(c, err, { phrases: phrasesValue(group) }, group);
    }
    return c.redirect(`${BASE}?done=deleted`, 303);
  });

  return app;
}
