import type { ViewContext } from '../../../lib/http.ts';
import { formatDate, localePath } from '../../../lib/i18n/index.ts';
import { languageName } from '../../../lib/i18n/languages.ts';
import type { LibraryItem } from '../library.repo.ts';

/** One resource in a list: type, title link, dates, language when it differs, summary, topics. */
export function ResourceCard(props: { view: ViewContext; item: LibraryItem; topics?: { slug: string; name: string }[]; headingLevel?: 2 | 3 }) {
  const { view, item } = props;
  const { t, locale } = view;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="card resource-card" lang={item.language !== locale ? item.language : undefined}>
      <p class="eyebrow">
        <span class="type-label" lang={locale}>{item.type_name}</span>
        {item.language !== 'en' ? <span class="badge lang-badge" lang={locale}>{languageName(item.language, locale)}</span> : null}
        {item.superseded ? <span class="badge superseded-badge" lang={locale}>{t('library.superseded')}</span> : null}
      </p>
      <Heading class="card-title">
        <a href={localePath(locale, `/resources/${item.slug}`)}>{item.title}</a>
      </Heading>
      <p class="meta" lang={locale}>
        <time datetime={item.published_on}>{formatDate(item.published_on, locale)}</time>
        {item.updated_on ? <> · {t('library.updated', { date: formatDate(item.updated_on, locale) })}</> : null}
      </p>
      <p class="summary">{item.summary}</p>
      {props.topics && props.topics.length ? (
        <ul class="tags" aria-label={t('resource.topics')} lang={locale}>
          {props.topics.map((topic) => (
            <li><a href={localePath(locale, `/topics/${topic.slug}`)}>{topic.name}</a></li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
