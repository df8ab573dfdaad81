import type { Translate } from '../../../../platform/i18n/index.ts';
import { Notice } from '../../../../platform/views/form.tsx';
import { RESOURCE_STATUSES } from '../../../resources/index.ts';
import { Input, Select } from '../../views/fields.tsx';
import { StaffPager, StateCell, formatInstant } from '../../views/ResourceList.tsx';
import type { DocumentFilter, DocumentListRow } from '../documents.list.repo.ts';
import type { KindSpec } from '../kinds.ts';

/** What the staff list of one kind shows. */
export interface DocumentListProps {
  t: Translate;
  spec: KindSpec;
  rows: DocumentListRow[];
  total: number;
  page: number;
  pageSize: number;
  filter: DocumentFilter;
  authors: { id: number; name: string }[];
  done?: string;
  /** Query string of the filter without `page`, starting with `&` or empty. */
  query: string;
}

/** Every project, statement or page in every state, filtered and paged, newest change first. */
export function DocumentList(props: DocumentListProps) {
  const { t, spec, filter } = props;
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const base = spec.adminPath;
  return (
    <>
      <header class="page-header">
        <h1>{t(spec.labels.list)}</h1>
        <p><a class="button" href={`${base}/new`}>{t(spec.labels.add)}</a></p>
      </header>
      {props.done ? <Notice kind="success"><p>{props.done}</p></Notice> : null}
      <form class="form filter-row" method="get" action={base} role="search" aria-label={t('documents.list.filter')}>
        <Input name="q" label={t('documents.list.filter.q')} value={filter.q ?? ''} maxlength={200} />
        <Select name="state" label={t('editorial.list.filter.state')} value={filter.status ?? ''}
          options={[{ value: '', label: t('editorial.list.filter.any') }, ...RESOURCE_STATUSES.map((s) => ({ value: s, label: t(`editorial.state.${s}`) }))]} />
        <Select name="author" label={t('editorial.list.filter.author')} value={filter.authorId ? String(filter.authorId) : ''}
          options={[{ value: '', label: t('editorial.list.filter.any') }, ...props.authors.map((a) => ({ value: String(a.id), label: a.name }))]} />
        <Input name="updated" type="date" label={t('editorial.list.filter.updated')} value={filter.updatedFrom ?? ''} />
        <p><button type="submit" class="button-secondary">{t('editorial.list.filter.apply')}</button></p>
      </form>
      <p class="result-count" role="status">{t(spec.labels.count, { count: props.total })}</p>
      {props.rows.length === 0 ? <p>{t('documents.list.none')}</p> : (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t(spec.labels.title)}</th>
                <th scope="col">{t('editorial.list.col.state')}</th>
                <th scope="col">{t('editorial.list.col.author')}</th>
                <th scope="col">{t('editorial.list.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr>
                  <th scope="row"><a href={`${base}/${r.id}`}>{r.title}</a></th>
                  <td><StateCell t={t} status={r.status} publishAt={r.publish_at} /></td>
                  <td>{r.author_name ?? '—'}</td>
                  <td><time datetime={r.updated_at}>{formatInstant(r.updated_at)}</time></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <StaffPager t={t} page={props.page} pages={pages} href={(p) => `${base}?page=${p}${props.query}`} />
    </>
  );
}
