import { Hono } from 'hono';
import { z } from 'zod';
import { engineOf } from '../../db/engine.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { badRequest } from '../../platform/errors.ts';
import { readFormFields } from '../../platform/forms.ts';
import type { AppContext, AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { cleanLine } from '../../platform/text.ts';
import { authorize, can } from '../admin/index.ts';
import { OVERRIDE_ACTIONS, readTypedAuthority, removeOverride, setOverride, type AuthorityOverride } from '../authorities/index.ts';
import type { MessageKey, Translate } from '../../platform/i18n/index.ts';
import type { CitationProblem } from '../authorities/index.ts';
import { recognizedOf, type AuthorityFormState } from './editorial.authorities.ts';
import { currentUser, editorialDeps, forbidden, resourceFromPath, subjectOf } from './editorial.http.ts';
import { renderEdit } from './editorial.pages.tsx';

const formSchema = z.object({
  action: z.enum(OVERRIDE_ACTIONS as [AuthorityOverride['action'], ...AuthorityOverride['action'][]]),
  citation: z.string().max(500).default(''),
  key: z.string().max(300).default(''),
  note: z.string().max(300).default(''),
});

const PROBLEM: Record<CitationProblem, MessageKey> = {
  empty: 'editorial.authorities.error.empty', unread: 'editorial.authorities.error.unread', several: 'editorial.authorities.error.several',
};

/** Where the edit page shows the authorities, after a change. */
const back = (id: number, done: string) => `/admin/resources/${id}?done=${done}#authorities`;

/** Refills the edit page's authorities form with what was typed and the problem, as a 400. */
function refuse(c: AppContext, site: Site, id: number, t: Translate, values: AuthorityFormState['values'], field: 'citation' | 'note', message: string) {
  return renderEdit(c, site, id, { authorities: { values, errors: { [field]: message } }, error: t('editorial.authorities.error', { problem: message }) }, 400);
}

/**
 * Editors' corrections to what a resource cites, from the edit page's "Authorities" section:
 * add an authority the grammar missed (typed as a citation, read by the same grammar), suppress
 * one it read wrongly, mark one the resource reports as superseded or changed, and take any of
 * these back. Each is one transaction with its audit entry; bumping the generation re-reads the
 * resource (queued by the table's trigger), so its stored authorities change at once.
 */
export function authorityOverridesAdmin(site: Site) {
  const app = new Hono<AppEnv>();
  const { db, clock } = site.deps;

  /** Writes one change with its audit entry, re-reading the resource in the same transaction. */
  const commit = (c: AppContext, id: number, slug: string, action: string, change: (trx: typeof db) => Promise<AuthorityOverride | undefined | void>) =>
    db.transaction().execute(async (trx) => {
      const changed = await change(trx);
      if (changed) {
        await editorialDeps(c, site).audit?.(trx, {
          action: `resource.authority.${action}`, userId: currentUser(c).id, subjectType: 'resource', subjectId: id,
          detail: { slug, key: changed.key, display: changed.display, override: changed.action, ...(changed.note ? { note: changed.note } : {}) },
        });
      }
      await bumpGeneration(trx);
      return changed;
    });

  app.post('/admin/resources/:id{[0-9]+}/authorities', authorize('resource.create'), async (c) => {
    const { meta, snapshot } = await resourceFromPath(c, site);
    const user = currentUser(c);
    if (!can(user, 'resource.edit', subjectOf(meta))) throw forbidden(c);
    const t = c.get('t');
    const parsed = formSchema.safeParse(await readFormFields(c));
    if (!parsed.success) throw badRequest(t('editorial.authorities.bad_form'));
    const { action, key } = parsed.data;
    const values = { citation: parsed.data.citation, action, note: parsed.data.note };
    const note = cleanLine(parsed.data.note).trim() || null;
    const recognized = await recognizedOf(db, meta.id, snapshot);
    let override: AuthorityOverride;
    if (action === 'suppress') {
      // Only what the grammar reads in this resource can be suppressed: the button sends its key.
      const found = recognized.find((a) => a.key === key && a.state !== 'added');
      if (!found) return refuse(c, site, meta.id, t, values, 'citation', t('editorial.authorities.error.not_cited'));
      override = { key: found.key, action, kind: found.kind, display: found.display, note: null };
    } else {
      const read = readTypedAuthority(cleanLine(parsed.data.citation));
      if (!read.ok) return refuse(c, site, meta.id, t, values, 'citation', t(PROBLEM[read.problem]));
      override = { ...read.value, action, note: action === 'add' ? null : note };
    }
    const already = action === 'add' ? recognized.find((a) => a.key === override.key) : undefined;
    if (already && already.state !== 'suppressed') {
      return refuse(c, site, meta.id, t, values, 'citation', t('editorial.authorities.error.already', { cite: already.display }));
    }
    try {
      await commit(c, meta.id, snapshot.slug, already ? 'remove' : action, async (trx) => {
        // Adding what the text cites but an editor suppressed is taking the suppression back.
        if (already) return removeOverride(trx, meta.id, override.key, 'suppress');
        await setOverride(trx, { ...override, resourceId: meta.id, userId: user.id, at: clock.now().toISOString() });
        return override;
      });
    } catch (err) {
      // Another editor recorded the same choice at the same moment: theirs stands, as this one would.
      if (!engineOf(db).isUniqueViolation(err)) throw err;
    }
    return c.redirect(back(meta.id, already ? 'authority-removed' : `authority-${action}`), 303);
  });

  app.post('/admin/resources/:id{[0-9]+}/authorities/remove', authorize('resource.create'), async (c) => {
    const { meta, snapshot } = await resourceFromPath(c, site);
    if (!can(currentUser(c), 'resource.edit', subjectOf(meta))) throw forbidden(c);
    const t = c.get('t');
    const parsed = formSchema.safeParse(await readFormFields(c));
    if (!parsed.success || !parsed.data.key) throw badRequest(t('editorial.authorities.bad_form'));
    const { action, key } = parsed.data;
    // Taking back something already gone (another editor, a second click) changes nothing.
    await commit(c, meta.id, snapshot.slug, 'remove', (trx) => removeOverride(trx, meta.id, key, action));
    return c.redirect(back(meta.id, 'authority-removed'), 303);
  });

  return app;
}
