import type { ViewContext } from '../../../platform/http.ts';
import { CONTENT_LANGUAGE, langIf, localePath } from '../../../platform/i18n/index.ts';
import { languageName } from '../../../platform/i18n/languages.ts';
import { localized, type LocalizedText } from '../../../platform/i18n/localized.ts';
import { DateTime, FallbackNote } from '../../../platform/views/components.tsx';
import { ResponsiveImage, type MediaProps } from '../../media/index.ts';
import type { LibraryItem } from '../../resources/index.ts';
import type { FeatureBlock } from '../home.repo.ts';

export interface HomeProps {
  view: ViewContext;
  hero: MediaProps | null;
  /** The mission in the page's language, or in English (marked) where no translation was written. */
  mission: LocalizedText;
  features: FeatureBlock[];
  projects: { slug: string; name: string; summary: string; name_es: string | null; summary_es: string | null }[];
  latest: LibraryItem[];
}

function Feature(props: { view: ViewContext; block: FeatureBlock }) {
  const { view, block } = props;
  const { locale } = view;
  const href = localePath(locale, block.kind === 'statement' ? `/statements/${block.slug}` : `/resources/${block.slug}`);
  return (
    <article class={`feature feature-${block.kind}`}>
      {block.media ? <ResponsiveImage media={block.media} sizes="(min-width: 60em) 28rem, 100vw" class="feature-image" /> : null}
      <div class="feature-text">
        <h2 lang={langIf(CONTENT_LANGUAGE, locale)}><a href={href}>{block.title}</a></h2>
        <p><span lang={langIf(block.teaserLang, locale)}>{block.teaser}</span><FallbackNote view={view} lang={block.teaserLang} /></p>
      </div>
    </article>
  );
}

/** One compact Latest Items card: type and language, title, publication date, a summary of two lines at most. */
function LatestItem(props: { view: ViewContext; item: LibraryItem }) {
  const { view, item } = props;
  const { t, locale } = view;
  const itemLang = langIf(item.language, locale);
  return (
    <li class="card latest-item">
      <p class="eyebrow">
        <span class="type-label" lang={langIf(item.type_lang ?? CONTENT_LANGUAGE, locale)}>{item.type_name}</span>
        <span class="section-label">{t('home.section.resources')}</span>
        {item.language !== 'en' || locale !== 'en' ? <span class="badge lang-badge">{languageName(item.language, locale)}</span> : null}
      </p>
      <h3>
        <a href={localePath(locale, `/resources/${item.slug}`)} lang={itemLang} hreflang={item.language}>{item.title}</a>
        <FallbackNote view={view} lang={item.language} />
      </h3>
      <p class="meta">
        <span class="date-label">{t('home.publication_date')}</span> <DateTime day={item.published_on} locale={locale} />
      </p>
      <p class="summary" lang={itemLang}>{item.summary}</p>
    </li>
  );
}

/** The homepage in the organization's order: hero, name and mission, features, projects, latest items. */
export function HomePage(props: HomeProps) {
  const { view, mission } = props;
  const { t, locale, organization } = view;
  return (
    <>
      <section class="hero" aria-labelledby="org-name">
        {props.hero ? <ResponsiveImage media={props.hero} sizes="100vw" eager class="hero-image" /> : null}
        <div class="wrap hero-text">
          <h1 id="org-name" class="org-name" lang={langIf(CONTENT_LANGUAGE, locale)}>{organization.name}</h1>
          <p class="mission"><span lang={langIf(mission.lang, locale)}>{mission.text}</span><FallbackNote view={view} lang={mission.lang} /></p>
        </div>
      </section>
      <div class="wrap">
        <section class="features">
          {props.features.map((block) => <Feature view={view} block={block} />)}
        </section>
        <section class="projects" aria-labelledby="projects-heading">
          <h2 id="projects-heading">{t('home.projects')}</h2>
          <ul class="project-grid">
            {props.projects.map((p) => {
              const name = localized(locale, p.name, p.name_es);
              const summary = localized(locale, p.summary, p.summary_es);
              return (
                <li class="card project-card">
                  <h3><a href={localePath(locale, `/projects/${p.slug}`)} lang={langIf(name.lang, locale)}>{name.text}</a></h3>
                  <p class="summary"><span lang={langIf(summary.lang, locale)}>{summary.text}</span><FallbackNote view={view} lang={summary.lang} /></p>
                </li>
              );
            })}
          </ul>
        </section>
        <section class="latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t('home.latest')}</h2>
          <ol class="latest-list">
            {props.latest.map((item) => <LatestItem view={view} item={item} />)}
          </ol>
          <p><a class="button" href={localePath(locale, '/resources')}>{t('home.all_resources')}</a></p>
        </section>
      </div>
    </>
  );
}
