import { Hono } from 'hono';
import { z } from 'zod';
import { badRequest } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http.ts';
import type { Site } from '../../platform/site.ts';
import { adminPage } from '../admin/index.ts';
import { authorize } from '../admin/index.ts';
import { auditActions, listAuditEvents } from './audit.repo.ts';
import { AuditLog } from './views/AuditLog.tsx';

/** Events per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

const querySchema = z.object({
  action: z.string().trim().max(100).optional().default(''),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
});

/** The audit log for admins: newest first, paged, filtered by action. */
export function auditAdmin(site: Site) {
  const deps = site.deps;
  const app = new Hono<AppEnv>();

  app.get('/admin/audit', authorize('audit.read'), async (c) => {
    const t = c.get('t');
    const parsed = querySchema.safeParse({ action: c.req.query('action') || undefined, page: c.req.query('page') || undefined });
    if (!parsed.success) throw badRequest(t('admin.audit.bad_query'));
    const { action, page } = parsed.data;
    const { total, entries } = await listAuditEvents(deps.db, { action: action || undefined, limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
    const href = (p: number) => {
      const q = new URLSearchParams();
      if (action) q.set('action', action);
      if (p > 1) q.set('page', String(p));
      const s = q.toString();
      return s ? `/admin/audit?${s}` : '/admin/audit';
    };
    return adminPage(c, site, t('admin.audit.title'), (
      <AuditLog view={site.view(c)} entries={entries} total={total} page={Math.min(page, pages)} pages={pages}
        action={action} actions={await auditActions(deps.db)} href={href} />
    ));
  });

  return app;
}
