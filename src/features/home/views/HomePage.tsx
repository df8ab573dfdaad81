import type { ViewContext } from '../../../platform/http.ts';
import { CONTENT_LANGUAGE, formatShortDate, langIf, localePath } from '../../../platform/i18n/index.ts';
import { languageName } from '../../../platform/i18n/languages.ts';
import { ResponsiveImage, type MediaProps } from '../../media/index.ts';
import type { LibraryItem } from '../../resources/index.ts';
import type { FeatureBlock } from '../home.repo.ts';

export interface HomeProps {
  view: ViewContext;
  hero: MediaProps | null;
  mission: string;
  features: FeatureBlock[];
  projects: { slug: string; name: string; summary: string }[];
  latest: LibraryItem[];
}

function Feature(props: { view: ViewContext; block: FeatureBlock }) {
  const { view, block } = props;
  const href = localePath(view.locale, block.kind === 'statement' ? `/statements/${block.slug}` : `/resources/${block.slug}`);
  return (
    <article class={`feature feature-${block.kind}`} lang={langIf(CONTENT_LANGUAGE, view.locale)}>
      {block.media ? <ResponsiveImage media={block.media} sizes="(min-width: 60em) 28rem, 100vw" class="feature-image" /> : null}
      <div class="feature-text">
        <h2><a href={href}>{block.title}</a></h2>
        <p>{block.teaser}</p>
      </div>
    </article>
  );
}

/** The homepage in the organization's order: hero, name and mission, features, projects, latest items. */
export function HomePage(props: HomeProps) {
  const { view } = props;
  const { t, locale, organization } = view;
  const contentLang = langIf(CONTENT_LANGUAGE, locale);
  return (
    <>
      <section class="hero" aria-labelledby="org-name" lang={contentLang}>
        {props.hero ? <ResponsiveImage media={props.hero} sizes="100vw" eager class="hero-image" /> : null}
        <div class="wrap hero-text">
          <h1 id="org-name" class="org-name">{organization.name}</h1>
          <p class="mission">{props.mission}</p>
        </div>
      </section>
      <div class="wrap">
        <section class="features">
          {props.features.map((block) => <Feature view={view} block={block} />)}
        </section>
        <section class="projects" aria-labelledby="projects-heading">
          <h2 id="projects-heading">{t('home.projects')}</h2>
          <ul class="project-grid">
            {props.projects.map((p) => (
              <li class="card" lang={contentLang}>
                <h3><a href={localePath(locale, `/projects/${p.slug}`)}>{p.name}</a></h3>
                <p>{p.summary}</p>
              </li>
            ))}
          </ul>
        </section>
        <section class="latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t('home.latest')}</h2>
          <ol class="latest-list">
            {props.latest.map((item) => (
              <li class="card latest-item">
                <p class="eyebrow">
                  <span class="type-label" lang={langIf(item.type_lang ?? CONTENT_LANGUAGE, locale)}>{item.type_name}</span>
                  <span class="section-label">{t('home.section.resources')}</span>
                  {item.language !== 'en' || locale !== 'en' ? <span class="badge lang-badge">{languageName(item.language, locale)}</span> : null}
                </p>
                <h3 lang={langIf(item.language, locale)}>
                  <a href={localePath(locale, `/resources/${item.slug}`)}>{item.title}</a>
                </h3>
                <p class="meta">
                  <span class="date-label">{t('home.publication_date')}</span>{' '}
                  <time datetime={item.published_on}>{formatShortDate(item.published_on, locale)}</time>
                </p>
                <p class="summary" lang={langIf(item.language, locale)}>{item.summary}</p>
              </li>
            ))}
          </ol>
          <p><a class="button" href={localePath(locale, '/resources')}>{t('home.all_resources')}</a></p>
        </section>
      </div>
    </>
  );
}
