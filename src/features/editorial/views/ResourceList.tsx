import type { Translate } from '../../../platform/i18n/index.ts';
import { RESOURCE_STATUSES, type ResourceStatus } from '../../resources/index.ts';
import { Notice } from '../../../platform/views/form.tsx';
import type { StaffFilter, StaffRow } from '../staff.repo.ts';
import { Input, Select } from './fields.tsx';

/** "2024-11-08 12:00 UTC" for an ISO instant. */
export function formatInstant(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '';
}

/** A workflow state as a badge. */
export function StateBadge(props: { t: Translate; status: ResourceStatus }) {
  return <span class={`badge state state-${props.status}`}>{props.t(`editorial.state.${props.status}`)}</span>;
}

/** What the staff list shows. */
export interface ListProps {
  t: Translate;
  rows: StaffRow[];
  total: number;
  page: number;
  pageSize: number;
  filter: StaffFilter;
  types: { slug: string; name: string }[];
  authors: { id: number; name: string }[];
  done?: string;
  /** Query string of the filter without `page`, starting with `&` or empty. */
  query: string;
}

/** A staff list's state column: the badge, and when a scheduled item goes up. */
export function StateCell(props: { t: Translate; status: ResourceStatus; publishAt: string | null }) {
  return (
    <>
      <StateBadge t={props.t} status={props.status} />
      {props.status === 'scheduled' && props.publishAt ? <> <span class="fine-print">{formatInstant(props.publishAt)}</span></> : null}
    </>
  );
}

/** Previous / "page N of M" / next under a staff list; nothing when it fits on one page. */
export function StaffPager(props: { t: Translate; page: number; pages: number; href: (page: number) => string }) {
  const { t, page, pages } = props;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t('editorial.list.pages')}>
      {page > 1 ? <a href={props.href(page - 1)} rel="prev">{t('editorial.list.prev')}</a> : null}
      <span>{t('editorial.list.page', { page, pages })}</span>
      {page < pages ? <a href={props.href(page + 1)} rel="next">{t('editorial.list.next')}</a> : null}
    </nav>
  );
}

/** The staff list of resources in every state, filtered and paged, newest change first. */
export function ResourceList(props: ListProps) {
  const { t, filter } = props;
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <>
      <header class="page-header">
        <h1>{t('editorial.list.title')}</h1>
        <p><a class="button" href="/admin/resources/new">{t('editorial.list.new')}</a></p>
      </header>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      <form class="form filter-row" method="get" action="/admin/resources" role="search" aria-label={t('editorial.list.filter')}>
        <Input name="q" label={t('editorial.list.filter.q')} value={filter.q ?? ''} maxlength={200} />
        <Select name="state" label={t('editorial.list.filter.state')} value={filter.status ?? ''}
          options={[{ value: '', label: t('editorial.list.filter.any') }, ...RESOURCE_STATUSES.map((s) => ({ value: s, label: t(`editorial.state.${s}`) }))]} />
        <Select name="type" label={t('editorial.list.filter.type')} value={filter.type ?? ''}
          options={[{ value: '', label: t('editorial.list.filter.any') }, ...props.types.map((ty) => ({ value: ty.slug, label: ty.name }))]} />
        <Select name="author" label={t('editorial.list.filter.author')} value={filter.authorId ? String(filter.authorId) : ''}
          options={[{ value: '', label: t('editorial.list.filter.any') }, ...props.authors.map((a) => ({ value: String(a.id), label: a.name }))]} />
        <Input name="updated" type="date" label={t('editorial.list.filter.updated')} value={filter.updatedFrom ?? ''} />
        <p><button type="submit" class="button-secondary">{t('editorial.list.filter.apply')}</button></p>
      </form>
      <p class="result-count" role="status">{t('editorial.list.count', { count: props.total })}</p>
      {props.rows.length === 0 ? <p>{t('editorial.list.none')}</p> : (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('editorial.field.title')}</th>
                <th scope="col">{t('editorial.list.col.state')}</th>
                <th scope="col">{t('editorial.field.type')}</th>
                <th scope="col">{t('editorial.list.col.author')}</th>
                <th scope="col">{t('editorial.list.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr>
                  <th scope="row"><a href={`/admin/resources/${r.id}`}>{r.title}</a></th>
                  <td><StateCell t={t} status={r.status} publishAt={r.publish_at} /></td>
                  <td>{r.type_name}</td>
                  <td>{r.author_name ?? '—'}</td>
                  <td><time datetime={r.updated_at}>{formatInstant(r.updated_at)}</time></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <StaffPager t={t} page={props.page} pages={pages} href={(p) => `/admin/resources?page=${p}${props.query}`} />
    </>
  );
}
