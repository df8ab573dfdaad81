import type { ViewContext } from '../../../platform/http.ts';
import { Pagination } from '../../../platform/views/components.tsx';
import type { AuditEntry } from '../audit.repo.ts';

/** `2024-11-08 12:00:05 UTC`: unambiguous for staff in any time zone. */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' · ');
}

/** The audit log: a filter by action, the events newest first, and page links. */
export function AuditLog(props: {
  view: ViewContext; entries: AuditEntry[]; total: number; page: number; pages: number; action: string; actions: string[];
  href: (page: number) => string;
}) {
  const { view, entries } = props;
  const { t } = view;
  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <form class="form" method="get" action="/admin/audit">
        <div class="field">
          <label for="f-action">{t('admin.audit.col.action')}</label>
          <select id="f-action" name="action">
            <option value="">{t('admin.audit.filter.all')}</option>
            {props.actions.map((a) => <option value={a} selected={a === props.action}>{a}</option>)}
          </select>
        </div>
        <p><button type="submit" class="button-secondary">{t('admin.audit.filter.submit')}</button></p>
      </form>
      <p class="result-count" role="status">{t('admin.audit.count', { count: props.total })}</p>
      {entries.length === 0 ? <p>{t('admin.audit.none')}</p> : (
        <div class="table-wrap">
          <table class="data audit-log">
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.col.when')}</th>
                <th scope="col">{t('admin.audit.col.who')}</th>
                <th scope="col">{t('admin.audit.col.action')}</th>
                <th scope="col">{t('admin.audit.col.subject')}</th>
                <th scope="col">{t('admin.audit.col.detail')}</th>
                <th scope="col">{t('admin.audit.col.ip')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <td><time datetime={e.at}>{when(e.at)}</time></td>
                  <td>{e.userId === null ? t('admin.audit.anonymous') : e.userName ? `${e.userName} <${e.userEmail}>` : `#${e.userId}`}</td>
                  <td><code>{e.action}</code></td>
                  <td>{e.subjectType ? `${e.subjectType}${e.subjectId ? ` #${e.subjectId}` : ''}` : ''}</td>
                  <td>{detailText(e.detail)}</td>
                  <td>{e.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination view={view} page={props.page} pages={props.pages} href={props.href} />
    </>
  );
}
