import { formatDate, localePath, type Locale, type MessageKey, type Translate } from '../../../platform/i18n/index.ts';
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

/**
 * The staff report of authorities: the most cited, resources citing one that a newer resource
 * reports superseded or changed, and authorities only superseded resources cite. Every resource
 * links to its editor, every authority to its public page.
 */
export function AuthorityReport(props: AuthorityReportProps) {
  const { t, locale } = props;
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <h1>{t('authorities.report.title')}</h1>
      <p class="lead">{t('authorities.report.intro')}</p>
      <section aria-labelledby="report-changed">
        <h2 id="report-changed">{t('authorities.report.changed')}</h2>
        <p class="fine-print">{t('authorities.report.changed.hint', { max: props.limit })}</p>
        {props.changed.length === 0 ? <p>{t('authorities.report.changed.none')}</p> : (
          <div class="table-wrap">
            <table class="data" aria-labelledby="report-changed">
              <thead>
                <tr>
                  <th scope="col">{t('authorities.report.col.resource')}</th>
                  <th scope="col">{t('authorities.report.col.cites')}</th>
                  <th scope="col">{t('authorities.report.col.reported')}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="report-uncovered">
        <h2 id="report-uncovered">{t('authorities.report.uncovered')}</h2>
        <p class="fine-print">{t('authorities.report.uncovered.hint', { max: props.limit })}</p>
        {props.uncovered.length === 0 ? <p>{t('authorities.report.uncovered.none')}</p> : (
          <div class="table-wrap">
            <table class="data" aria-labelledby="report-uncovered">
              <thead>
                <tr>
                  <th scope="col">{t('authorities.report.col.authority')}</th>
                  <th scope="col">{t('authorities.report.col.superseded')}</th>
                </tr>
              </thead>
              <tbody>
                {props.uncovered.map((row) => (
                  <tr>
                    <th scope="row"><AuthorityLink locale={locale} authorityKey={row.key} /></th>
                    <td><ResourceCell t={t} locale={locale} resource={row.resource} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="report-most">
        <h2 id="report-most">{t('authorities.report.most')}</h2>
        <p class="fine-print">{t('authorities.report.most.hint', { max: props.mostCited.length })}</p>
        {props.mostCited.length === 0 ? <p>{t('authorities.report.most.none')}</p> : (
          <div class="table-wrap">
            <table class="data" aria-labelledby="report-most">
              <thead>
                <tr>
                  <th scope="col">{t('authorities.report.col.authority')}</th>
                  <th scope="col">{t('authorities.report.col.count')}</th>
                </tr>
              </thead>
              <tbody>
                {props.mostCited.map((row) => (
                  <tr>
                    <th scope="row"><AuthorityLink locale={locale} authorityKey={row.key} /></th>
                    <td>{number.format(row.resources)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
