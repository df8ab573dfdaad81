import type { ViewContext } from '../../../platform/http.ts';
import { formatDate, formatNumber, type MessageKey } from '../../../platform/i18n/index.ts';
import type { QueryFigures, ReportTotals } from '../report.repo.ts';
import { REPORT_ROWS } from '../report.repo.ts';
import { sundayAfter } from '../report.weeks.ts';
import { RETENTION_DAYS } from '../search-log.ts';

type Column = { key: MessageKey; value: (row: QueryFigures) => number };

/** One table of queries with their counts: a caption, column headers, the query heading each row. */
function QueryTable(props: { view: ViewContext; id: string; title: MessageKey; hint: MessageKey; columns: Column[]; rows: QueryFigures[] }) {
  const { view, id, rows } = props;
  const { t } = view;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(props.title)}</h2>
      <p class="fine-print">{t(props.hint, { max: REPORT_ROWS })}</p>
      {rows.length === 0 ? <p>{t('search_report.none')}</p> : (
        <div class="table-wrap">
          <table class="data" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t('search_report.col.query')}</th>
                {props.columns.map((c) => <th scope="col">{t(c.key)}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row"><q>{row.query}</q></th>
                  {props.columns.map((c) => <td>{formatNumber(c.value(row), view.locale)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The search report: a week and language chooser (a plain GET form), the week's totals, and three
 * tables of queries (most searched, found nothing, no result followed).
 */
export function SearchReportPage(props: {
  view: ViewContext; weeks: string[]; week: string; language?: 'en' | 'es';
  report: { top: QueryFigures[]; empty: QueryFigures[]; unfollowed: QueryFigures[]; totals: ReportTotals };
}) {
  const { view, report } = props;
  const { t, locale } = view;
  const span = (monday: string) => t('search_report.week', { from: formatDate(monday, locale), to: formatDate(sundayAfter(monday), locale) });
  const totals: [MessageKey, number][] = [
    ['search_report.total.searches', report.totals.searches],
    ['search_report.total.queries', report.totals.queries],
    ['search_report.total.empty', report.totals.empty],
    ['search_report.total.clicks', report.totals.clicks],
  ];
  return (
    <>
      <h1>{t('search_report.title')}</h1>
      <p class="lead">{t('search_report.intro')}</p>
      <p class="fine-print">{t('search_report.privacy', { days: RETENTION_DAYS })}</p>
      <form class="form" method="get" action="/admin/search-report">
        <div class="field">
          <label for="f-week">{t('search_report.field.week')}</label>
          <select id="f-week" name="week">
            {props.weeks.map((w) => <option value={w} selected={w === props.week}>{span(w)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-lang">{t('search_report.field.lang')}</label>
          <select id="f-lang" name="lang">
            <option value="">{t('search_report.lang.all')}</option>
            <option value="en" selected={props.language === 'en'}>{t('search_report.lang.en')}</option>
            <option value="es" selected={props.language === 'es'}>{t('search_report.lang.es')}</option>
          </select>
        </div>
        <p><button type="submit" class="button-secondary">{t('search_report.submit')}</button></p>
      </form>
      <h2>{span(props.week)}</h2>
      <dl class="resource-meta">
        {totals.map(([key, value]) => <div><dt>{t(key)}</dt><dd>{formatNumber(value, locale)}</dd></div>)}
      </dl>
      <QueryTable view={view} id="top-queries" title="search_report.top.title" hint="search_report.top.hint" rows={report.top} columns={[
        { key: 'search_report.col.searches', value: (r) => r.searches },
        { key: 'search_report.col.empty', value: (r) => r.empty },
        { key: 'search_report.col.clicks', value: (r) => r.clicks },
      ]} />
      <QueryTable view={view} id="empty-queries" title="search_report.empty.title" hint="search_report.empty.hint" rows={report.empty} columns={[
        { key: 'search_report.col.searches', value: (r) => r.searches },
        { key: 'search_report.col.filtered', value: (r) => r.filtered },
        { key: 'search_report.col.suggested', value: (r) => r.suggested },
      ]} />
      <QueryTable view={view} id="unfollowed-queries" title="search_report.unfollowed.title" hint="search_report.unfollowed.hint" rows={report.unfollowed} columns={[
        { key: 'search_report.col.searches', value: (r) => r.searches },
        { key: 'search_report.col.filtered', value: (r) => r.filtered },
      ]} />
    </>
  );
}
