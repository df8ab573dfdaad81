import type { ViewContext } from '../../../platform/http.ts';
import { CONTENT_LANGUAGE, formatDate, formatList, langIf, localePath, type MessageKey } from '../../../platform/i18n/index.ts';
import { languageName } from '../../../platform/i18n/languages.ts';
import { textDirection } from '../../../platform/i18n/localized.ts';
import { Prose } from '../../../platform/views/components.tsx';
import { keyToSlug } from '../../citations/index.ts';
import type { LibraryItem } from '../library.repo.ts';
import type { ResourceDetail, ResourceRef } from '../resources.repo.ts';
import { kindLabel } from './AuthorityViews.tsx';
import { bylineName } from '../person-name.ts';
import type { AttachmentRow } from '../resources.table.ts';
import { isOutdatedTranslation } from '../translations.ts';
import { ResourceDownloads } from './ResourceDownloads.tsx';
import { seriesEntries } from './series.ts';
import { ShareBlock } from './ShareBlock.tsx';
import { OutdatedTranslationNotice } from './TranslationNotice.tsx';

function RefLink(props: { view: ViewContext; item: ResourceRef }) {
  const { view, item } = props;
  const href = localePath(view.locale, `/resources/${item.slug}`);
  // The print stylesheet writes this full address after the link: paper has no relative links.
  return (
    <a href={href} data-print-url={view.baseUrl + href} hreflang={item.language} lang={langIf(item.language, view.locale)}>
      {item.title}
    </a>
  );
}

/** How old a resource is, for the age notice. */
export interface AgeNotice {
  years: number;
  /** The day it counts from: its last revision, else its publication. */
  since: string;
  updated: boolean;
}

/** Whole years from `day` (`YYYY-MM-DD`) to `today`, as calendars count them (a birthday rule). */
function yearsSince(day: string, today: Date): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const before = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  return today.getUTCFullYear() - y - (before ? 1 : 0);
}

/**
 * The age notice a resource gets today, if any: when `threshold` whole years have passed since its
 * last revision (else its publication), unless staff reviewed it within the threshold — a review
 * says the advice still holds, so "check for later developments" would mislead.
 */
export function ageNotice(
  resource: { published_on: string; updated_on: string | null; reviewed_on?: string | null }, threshold: number | null, today: Date,
): AgeNotice | undefined {
  if (threshold === null) return undefined;
  if (resource.reviewed_on && yearsSince(resource.reviewed_on, today) < threshold) return undefined;
  const since = resource.updated_on ?? resource.published_on;
  const years = yearsSince(since, today);
  return years >= threshold ? { years, since, updated: resource.updated_on !== null } : undefined;
}

const CITE_LABELS = { ris: 'RIS', bib: 'BibTeX', json: 'CSL-JSON' } as const;

/**
 * "Cite as: Title. Organization, date. URL." Shown on screen and in print, so a printed or
 * saved copy says where it came from.
 */
function Citation(props: { view: ViewContext; detail: ResourceDetail }) {
  const { view, detail } = props;
  const { t, locale, organization } = view;
  const r = detail.resource;
  const url = view.baseUrl + localePath(locale, `/resources/${r.slug}`);
  return (
    <p class="citation" lang={locale}>
      <strong>{t('resource.cite')}:</strong>{' '}
      {detail.authors.length ? <><span lang={langIf(r.language, locale)}>{formatList(detail.authors.map((a) => bylineName(a.name)), locale)}</span>.{' '}</> : null}
      <cite lang={langIf(r.language, locale)}>{r.title}</cite>.{' '}
      <span lang={langIf(CONTENT_LANGUAGE, locale)}>{organization.name}</span>,{' '}
      <time datetime={r.published_on}>{formatDate(r.published_on, locale)}</time>.{' '}
      {r.document_number ? <><span class="document-number">{r.document_number}</span>.{' '}</> : null}
      <span class="citation-url">{url}</span>
      <span class="cite-downloads">
        {' '}{t('resource.cite.download')}{' '}
        {(['ris', 'bib', 'json'] as const).map((format, i) => (
          <>{i > 0 ? ' · ' : ''}<a href={`/resources/${r.slug}/cite.${format}`} download={`${r.slug}.${format}`}>{CITE_LABELS[format]}</a></>
        ))}
      </span>
    </p>
  );
}

/**
 * A resource's own page: notice if superseded, title and summary, the downloads (on a phone's
 * first screen), metadata, series and translations, body, share, citation.
 */
export function ResourcePage(props: {
  view: ViewContext; detail: ResourceDetail; bodyHtml: string;
  /** Where an attachment downloads from; the private preview serves drafts' files from the staff area. */
  attachmentHref?: (attachment: AttachmentRow) => string;
  /** Related resources (shared authorities, series, topics), best first. */
  related?: LibraryItem[];
  /** Set when the resource is older than its type's threshold: how old, since which day. */
  age?: AgeNotice;
}) {
  const { view, detail, bodyHtml } = props;
  const attachmentHref = props.attachmentHref ?? ((a: AttachmentRow) => `/resources/${detail.resource.slug}/attachments/${a.id}/${encodeURIComponent(a.filename)}`);
  const { t, locale } = view;
  const r = detail.resource;
  const series = detail.series;
  const contentLang = langIf(CONTENT_LANGUAGE, locale);
  return (
    <article class="wrap resource" lang={langIf(r.language, locale)} dir={textDirection(r.language) === textDirection(locale) ? undefined : textDirection(r.language)}>
      {detail.supersededBy.length ? (
        <aside class="notice notice-warning" role="note" aria-labelledby="superseded-title" lang={locale}>
          <h2 id="superseded-title">{t('resource.superseded.title')}</h2>
          <p>{t('resource.superseded.body')}</p>
          <ul>
            {detail.supersededBy.map((n) => (
              <li><RefLink view={view} item={n} /> <span class="meta">({formatDate(n.published_on, locale)})</span></li>
            ))}
          </ul>
        </aside>
      ) : null}
      <header class="resource-header">
        <p class="eyebrow" lang={locale}>
          <a href={localePath(locale, `/resources?type=${detail.type.slug}`)} lang={langIf(detail.type.lang, locale)}>{detail.type.name}</a>
          {series ? <span class="badge">{t('resource.series.part', { part: r.series_part ?? '?' })}</span> : null}
        </p>
        <h1>{r.title}</h1>
      </header>
      {props.age && !detail.supersededBy.length ? (
        <p class="notice age-notice" role="note" lang={locale}>
          {t(props.age.updated ? 'resource.age.updated' : 'resource.age', { years: props.age.years, date: formatDate(props.age.since, locale) })}
        </p>
      ) : null}
      <OutdatedTranslationNotice view={view} detail={detail} />
      <ResourceDownloads view={view} attachments={detail.attachments} language={r.language} href={attachmentHref} />
      <p class="summary lead">{r.summary}</p>
      <dl class="resource-meta" lang={locale}>
        <div><dt>{t('resource.published')}</dt><dd><time datetime={r.published_on}>{formatDate(r.published_on, locale)}</time></dd></div>
        {r.updated_on ? <div><dt>{t('resource.updated')}</dt><dd><time datetime={r.updated_on}>{formatDate(r.updated_on, locale)}</time></dd></div> : null}
        {r.reviewed_on ? <div><dt>{t('resource.reviewed')}</dt><dd><time datetime={r.reviewed_on}>{formatDate(r.reviewed_on, locale)}</time></dd></div> : null}
        {detail.authors.length ? (
          <div>
            <dt>{t('resource.authors')}</dt>
            <dd lang={langIf(r.language, locale)}>
              {formatList(detail.authors.map((a) => (a.affiliation ? t('resource.author.affiliated', { name: bylineName(a.name), affiliation: a.affiliation }) : bylineName(a.name))), locale)}
            </dd>
          </div>
        ) : null}
        {r.document_number ? <div><dt>{t('resource.documentNumber')}</dt><dd class="document-number">{r.document_number}</dd></div> : null}
        <div><dt>{t('resource.language')}</dt><dd>{languageName(r.language, locale)}</dd></div>
        <div><dt>{t('resource.audience')}</dt><dd>{t(`audience.${r.audience}` as MessageKey)}</dd></div>
        {detail.topics.length ? (
          <div>
            <dt>{t('resource.topics')}</dt>
            <dd>
              <ul class="tags">
                {detail.topics.map((topic) => <li lang={langIf(topic.lang, locale)}><a href={localePath(locale, `/topics/${topic.slug}`)}>{topic.name}</a></li>)}
              </ul>
            </dd>
          </div>
        ) : null}
        {detail.projects.length ? (
          <div>
            <dt>{t('resource.projects')}</dt>
            <dd>{detail.projects.map((p, i) => <>{i > 0 ? ', ' : ''}<a href={localePath(locale, `/projects/${p.slug}`)} lang={contentLang}>{p.name}</a></>)}</dd>
          </div>
        ) : null}
      </dl>
      {detail.updates.length ? (
        <section class="resource-updates" aria-labelledby="updates-title" lang={locale}>
          <h2 id="updates-title">{t('resource.updates')}</h2>
          <ul>
            {detail.updates.map((u) => (
              <li><time datetime={u.on}>{formatDate(u.on, locale)}</time>: <span lang={langIf(r.language, locale)}>{u.note}</span></li>
            ))}
          </ul>
        </section>
      ) : null}
      {detail.original ? (
        <p class="notice" lang={locale}>
          {t('resource.translation_of', { language: languageName(detail.original.language, locale) })} <RefLink view={view} item={detail.original} />
        </p>
      ) : null}
      {detail.translations.length ? (
        <nav class="translations" aria-labelledby="translations-title" lang={locale}>
          <h2 id="translations-title">{t('resource.translations')}</h2>
          <ul>
            {detail.translations.map((tr) => (
              <li>
                {languageName(tr.language, locale)}: <RefLink view={view} item={tr} />
                {!detail.original && isOutdatedTranslation(tr, r) ? <> <span class="meta">({t('resource.outdated.short')})</span></> : null}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {series ? (
        <nav class="series-nav" aria-labelledby="series-title" lang={locale}>
          <h2 id="series-title">
            {t('resource.series', { part: r.series_part ?? '?', of: series.parts ?? series.members.length })}:{' '}
            {contentLang ? <span lang={contentLang}>{series.title}</span> : series.title}
          </h2>
          <ol>
            {seriesEntries(series, r.slug, locale).map((m) => (
              <li>
                {m.slug === r.slug ? (
                  <span aria-current="page">{t('resource.series.part', { part: m.part ?? '?' })}: {m.title}</span>
                ) : (
                  <>{t('resource.series.part', { part: m.part ?? '?' })}: <RefLink view={view} item={m} /></>
                )}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {bodyHtml ? <Prose html={bodyHtml} /> : null}
      {detail.authorities.length ? (
        <section class="authorities-cited" aria-labelledby="authorities-title">
          <h2 id="authorities-title" lang={langIf(locale, r.language)}>{t('resource.authorities')}</h2>
          <ul>
            {detail.authorities.map((a) => (
              <li>
                <a href={localePath(locale, `/authorities/${keyToSlug(a.key)}`)}>{a.display}</a>{' '}
                <span class="meta" lang={langIf(locale, r.language)}>({kindLabel(a.kind, locale)})</span>
              </li>
            ))}
          </ul>
          <p class="meta" lang={langIf(locale, r.language)}><a href={localePath(locale, '/authorities')}>{t('resource.authorities.all')}</a></p>
        </section>
      ) : null}
      {detail.supersedes.length ? (
        <section class="supersedes" lang={locale}>
          <h2>{t('resource.supersedes')}</h2>
          <ul>{detail.supersedes.map((o) => <li><RefLink view={view} item={o} /> <span class="meta">({formatDate(o.published_on, locale)})</span></li>)}</ul>
        </section>
      ) : null}
      {props.related?.length ? (
        <nav class="related" aria-labelledby="related-title" lang={locale}>
          <h2 id="related-title">{t('resource.related')}</h2>
          <ul>
            {props.related.map((item) => (
              <li>
                <RefLink view={view} item={item} />{' '}
                <span class="meta">(<span lang={langIf(item.type_lang, locale)}>{item.type_name}</span>, <time datetime={item.published_on}>{formatDate(item.published_on, locale)}</time>)</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ShareBlock view={view} url={view.baseUrl + localePath(locale, `/resources/${r.slug}`)} title={r.title} />
      <Citation view={view} detail={detail} />
    </article>
  );
}
