import type { CurrentUser } from '../../../platform/http.ts';
import type { MessageKey, Translate } from '../../../platform/i18n/index.ts';
import { ADMIN_NAV } from '../../admin/index.ts';
import { can } from '../../admin/index.ts';
import { Notice } from '../../../platform/views/form.tsx';

const BLURBS: Partial<Record<string, MessageKey>> = {
  '/admin/resources': 'admin.dashboard.resources',
  '/admin/projects': 'documents.dashboard.projects',
  '/admin/statements': 'documents.dashboard.statements',
  '/admin/pages': 'documents.dashboard.pages',
  '/admin/homepage': 'admin.dashboard.homepage',
  '/admin/topics': 'taxonomy.dashboard.topics',
  '/admin/types': 'taxonomy.dashboard.types',
  '/admin/settings': 'taxonomy.dashboard.settings',
  '/admin/users': 'admin.dashboard.users',
  '/admin/audit': 'admin.dashboard.audit',
  '/admin/authorities': 'authorities.dashboard.report',
  '/admin/account': 'admin.dashboard.account',
};

/** The staff home: a welcome, a nudge toward two-step verification, and the sections this role opens. */
export function Dashboard(props: { t: Translate; user: CurrentUser; totpEnabled: boolean }) {
  const { t, user } = props;
  const sections = ADMIN_NAV.filter((item) => item.href !== '/admin' && can(user, item.action));
  return (
    <>
      <h1>{t('admin.dashboard.title')}</h1>
      <p class="lead">{t('admin.dashboard.welcome', { name: user.name, role: t(`admin.role.${user.role}`) })}</p>
      {props.totpEnabled ? null : (
        <Notice kind="warning"><p><a href="/admin/account/2fa">{t('admin.dashboard.2fa')}</a></p></Notice>
      )}
      <ul class="card-list">
        {sections.map((item) => (
          <li class="card">
            <h2 class="card-title"><a href={item.href}>{t(item.key)}</a></h2>
            {BLURBS[item.href] ? <p>{t(BLURBS[item.href]!)}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
