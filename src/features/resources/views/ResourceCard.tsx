import type { ViewContext } from '../../../platform/http.ts';
import { CONTENT_LANGUAGE, formatDate, langIf, localePath } from '../../../platform/i18n/index.ts';
import { languageName } from '../../../platform/i18n/languages.ts';
import type { LibraryItem } from '../library.repo.ts';

/**
 * One resource in a list: type, title link, dates, language (always, except English resources on
 * English pages), summary, topics.
 * The card takes the resource's language; interface text and taxonomy names inside it are
 * marked with their own language wherever that differs.
 */
export function ResourceCard(props: { view: ViewContext; item: LibraryItem; topics?: { slug: string; name: string; lang?: string }[]; headingLevel?: 2 | 3 }) {
  const { view, item } = props;
  const { t, locale } = view;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const ui = langIf(locale, item.language);
  const taxonomy = langIf(item.type_lang ?? CONTENT_LANGUAGE, item.language);
  return (
    <article class="card resource-card" lang={langIf(item.language, locale)}>
      <p class="eyebrow">
        <span class="type-label" lang={taxonomy}>{item.type_name}</span>
        {item.language !== 'en' || locale !== 'en' ? <span class="badge lang-badge" lang={ui}>{languageName(item.language, locale)}</span> : null}
        {item.superseded ? <span class="badge superseded-badge" lang={ui}>{t('library.superseded')}</span> : null}
      </p>
      <Heading class="card-title">
        <a href={localePath(locale, `/resources/${item.slug}`)}>{item.title}</a>
      </Heading>
      <p class="meta" lang={ui}>
        <time datetime={item.published_on}>{formatDate(item.published_on, locale)}</time>
        {item.updated_on ? <> · {t('library.updated', { date: formatDate(item.updated_on, locale) })}</> : null}
      </p>
      <p class="summary">{item.summary}</p>
      {props.topics?.length ? (
        <ul class="tags" aria-label={t('resource.topics')} lang={ui}>
          {props.topics.map((topic) => (
            <li lang={langIf(topic.lang ?? CONTENT_LANGUAGE, locale)}><a href={localePath(locale, `/topics/${topic.slug}`)}>{topic.name}</a></li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
