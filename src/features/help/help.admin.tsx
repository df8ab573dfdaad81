import { Hono } from 'hono';
import { clientIp } from '../../platform/client-ip.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { readForm, type FieldErrors } from '../../platform/forms.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { parseId } from '../../platform/ids.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage, authorize } from '../admin/index.ts';
import { findHelpEntry, listHelpEntries, nextHelpPosition } from './help.repo.ts';
import { isHelpKind, parseHelpForm } from './help.schema.ts';
import { changeHelp, type HelpActor } from './help.service.ts';
import type { HelpEntry, HelpKind } from './help.table.ts';
import { entryValues, HelpEntryForm, HelpList, NEW_TITLE } from './views/HelpAdmin.tsx';

const BASE = '/admin/help';

/** Notices shown after a redirect, chosen by `?done=` from this fixed list. */
const DONE: Record<string, MessageKey> = { created: 'help.admin.done.created', saved: 'help.admin.done.saved', deleted: 'help.admin.done.deleted' };

/**
 * The help page's staff screens at /admin/help (`settings.manage`: admins, as the organization
 * settings): the three lists, and a form per entry to add, change or remove it. Plain forms, no
 * JavaScript; a refused form comes back (400) with the person's text and a message per field.
 * Every change bumps the content generation and writes `settings.help` to the audit log.
 */
export function helpAdmin(site: Site) {
  const { db, clock, config } = site.deps;
  const app = new Hono<AppEnv>();
  app.use(BASE, authorize('settings.manage'));
  app.use(`${BASE}/*`, authorize('settings.manage'));

  const actor = (c: AppContext): HelpActor => ({ userId: c.get('user')!.id, ip: clientIp(c, config.trustProxy), now: clock.now() });

  const target = async (c: AppContext): Promise<HelpEntry> => {
    const id = parseId(c.req.param('id'));
    const entry = id === null ? undefined : await findHelpEntry(db, id);
    if (!entry) throw notFound(c.get('t')('help.admin.not_found'));
    return entry;
  };

  const form = (c: AppContext, status: 200 | 400, props: { kind: HelpKind; entry?: HelpEntry; values: Record<string, string>; errors?: FieldErrors }) => {
    const t = c.get('t');
    return adminPage(c, site, props.entry ? t('help.admin.edit.title') : t(NEW_TITLE[props.kind]), <HelpEntryForm t={t} {...props} />, status);
  };

  /** The form's values checked for the entry's list: the fields to store, or the form again with its errors (400). */
  const validate = async (c: AppContext, kind: HelpKind, values: Record<string, string>, entry?: HelpEntry) => {
    const t = c.get('t');
    const parsed = parseHelpForm(kind, values, entry?.position ?? await nextHelpPosition(db, kind));
    if (parsed.ok) return { fields: parsed.data };
    const errors: FieldErrors = Object.fromEntries(Object.entries(parsed.errors).map(([f, key]) => [f, t(key)]));
    return { response: await form(c, 400, { kind, entry, values, errors }) };
  };

  app.get(BASE, async (c) => {
    const t = c.get('t');
    const key = c.req.query('done');
    const done = key && DONE[key] ? t(DONE[key]) : undefined;
    return adminPage(c, site, t('help.admin.title'), <HelpList t={t} entries={await listHelpEntries(db)} done={done} />);
  });

  app.get(`${BASE}/new`, (c) => {
    const kind = c.req.query('kind');
    // Without a list named, the lists themselves: each has its own "Add" link.
    if (kind === undefined) return c.redirect(BASE, 303);
    if (!isHelpKind(kind)) throw badRequest(c.get('t')('help.admin.bad_kind'));
    return form(c, 200, { kind, values: {} });
  });

  app.post(BASE, async (c) => {
    const values = await readForm(c);
    if (!isHelpKind(values.kind)) throw badRequest(c.get('t')('help.admin.bad_kind'));
    const checked = await validate(c, values.kind, values);
    if ('response' in checked) return checked.response;
    await changeHelp(db, { op: 'create', fields: checked.fields }, actor(c));
    return c.redirect(`${BASE}?done=created`, 303);
  });

  app.get(`${BASE}/:id{[0-9]+}`, async (c) => {
    const entry = await target(c);
    return form(c, 200, { kind: entry.kind, entry, values: entryValues(entry) });
  });

  app.post(`${BASE}/:id{[0-9]+}`, async (c) => {
    const entry = await target(c);
    const values = await readForm(c);
    const checked = await validate(c, entry.kind, values, entry);
    if ('response' in checked) return checked.response;
    if ((await changeHelp(db, { op: 'update', id: entry.id, fields: checked.fields }, actor(c))) === null) throw notFound(c.get('t')('help.admin.not_found'));
    return c.redirect(`${BASE}?done=saved`, 303);
  });

  app.post(`${BASE}/:id{[0-9]+}/delete`, async (c) => {
    const entry = await target(c);
    if ((await changeHelp(db, { op: 'delete', id: entry.id }, actor(c))) === null) throw notFound(c.get('t')('help.admin.not_found'));
    return c.redirect(`${BASE}?done=deleted`, 303);
  });

  return app;
}
