import type { Child } from 'hono/jsx';
import { formatDate, formatNumber, localePath, type Locale, type MessageKey, type Translate } from '../../../platform/i18n/index.ts';
import { displayKey, keyToSlug } from '../../citations/index.ts';
import type { ChangedCitation, CitedCount, ReportResource, UncoveredCitation } from '../report.repo.ts';

/** What the staff report of authorities shows. */
export interface AuthorityReportProps {
  t: Translate;
  locale: Locale;
  mostCited: CitedCount[];
  changed: ChangedCitation[];
  uncovered: UncoveredCitation[];
  limit: number;
}

const REPORTED: Record<ChangedCitation['action'], MessageKey> = {
  superseded: 'authorities.report.action.superseded', changed: 'authorities.report.action.changed',
};

function AuthorityLink(props: { locale: Locale; authorityKey: string; label?: string }) {
  return <a href={localePath(props.locale, `/authorities/${keyToSlug(props.authorityKey)}`)}>{props.label ?? displayKey(props.authorityKey)}</a>;
}

/** A resource named by its title, linked to its editor, with its publication date. */
function ResourceCell(props: { t: Translate; locale: Locale; resource: ReportResource }) {
  const { resource: r } = props;
  return (
    <>
      <a href={`/admin/resources/${r.id}`}>{r.title}</a>
      <span class="fine-print"> ({formatDate(r.publishedOn, props.locale)})</span>
    </>
  );
}

/** One part of the report: heading, hint, and its table, or a sentence when it has no rows. */
function ReportSection(props: { id: string; title: string; hint: string; empty: string; columns: string[]; rows: number; children: Child }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p class="fine-print">{props.hint}</p>
      {props.rows === 0 ? <p>{props.empty}</p> : (
        <div class="table-wrap">
          <table class="data" aria-labelledby={props.id}>
            <thead>
              <tr>{props.columns.map((c) => <th scope="col">{c}</th>)}</tr>
            </thead>
            <tbody>{props.children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The staff report of authorities: the most cited, resources citing one that a newer resource
 * reports superseded or changed, and authorities only superseded resources cite. Every resource
 * links to its editor, every authority to its public page.
 */
export function AuthorityReport(props: AuthorityReportProps) {
  const { t, locale } = props;
  return (
    <>
      <h1>{t('authorities.report.title')}</h1>
      <p class="lead">{t('authorities.report.intro')}</p>
      <ReportSection id="report-changed" title={t('authorities.report.changed')} hint={t('authorities.report.changed.hint', { max: props.limit })}
        empty={t('authorities.report.changed.none')} rows={props.changed.length}
        columns={[t('authorities.report.col.resource'), t('authorities.report.col.cites'), t('authorities.report.col.reported')]}>
        {props.changed.map((row) => (
          <tr>
            <th scope="row"><ResourceCell t={t} locale={locale} resource={row.resource} /></th>
            <td><AuthorityLink locale={locale} authorityKey={row.citedKey} /></td>
            <td>
              {t(REPORTED[row.action], { cite: row.markDisplay })}{' '}
              {t('authorities.report.by')} <ResourceCell t={t} locale={locale} resource={row.marker} />
              {row.note ? <span class="fine-print"> — {row.note}</span> : null}
            </td>
          </tr>
        ))}
      </ReportSection>
      <ReportSection id="report-uncovered" title={t('authorities.report.uncovered')} hint={t('authorities.report.uncovered.hint', { max: props.limit })}
        empty={t('authorities.report.uncovered.none')} rows={props.uncovered.length}
        columns={[t('authorities.report.col.authority'), t('authorities.report.col.superseded')]}>
        {props.uncovered.map((row) => (
          <tr>
            <th scope="row"><AuthorityLink locale={locale} authorityKey={row.key} /></th>
            <td><ResourceCell t={t} locale={locale} resource={row.resource} /></td>
          </tr>
        ))}
      </ReportSection>
      <ReportSection id="report-most" title={t('authorities.report.most')} hint={t('authorities.report.most.hint', { max: props.mostCited.length })}
        empty={t('authorities.report.most.none')} rows={props.mostCited.length}
        columns={[t('authorities.report.col.authority'), t('authorities.report.col.count')]}>
        {props.mostCited.map((row) => (
          <tr>
            <th scope="row"><AuthorityLink locale={locale} authorityKey={row.key} /></th>
            <td>{formatNumber(row.resources, locale)}</td>
          </tr>
        ))}
      </ReportSection>
    </>
  );
}
