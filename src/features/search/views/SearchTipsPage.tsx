import type { ViewContext } from '../../../platform/http.ts';
import { suggestAttributes } from '../../../platform/views/layout.tsx';
import { localePath, type MessageKey } from '../../../platform/i18n/index.ts';

/** A section of the tips: heading, text, and searches to try (each a link that runs it). */
interface Tip {
  id: string;
  heading: MessageKey;
  body: MessageKey;
  examples?: string[];
  after?: MessageKey;
}

const CITATIONS = ['212h', 'INA § 212(h)', '8 U.S.C. 1182(h)', '8 CFR 1003.23', '8 cfr 1003.23', 'I-601A', 'I601A', '23 I&N Dec. 621', 'Padilla vs. Kentucky'];

/** The searches shown as examples; questions in the page's language, the rest as anyone types them. */
function tips(view: ViewContext): Tip[] {
  const questions = view.locale === 'es'
    ? ['¿qué hago si ICE viene a mi casa?', 'puedo viajar con TPS']
    : ['what happens if ICE comes to my house', 'can my brother petition for me'];
  return [
    { id: 'citations', heading: 'tips.citations.heading', body: 'tips.citations.body', examples: CITATIONS, after: 'tips.citations.sections' },
    { id: 'phrases', heading: 'tips.phrases.heading', body: 'tips.phrases.body', examples: ['"notice to appear"', '"categorical approach"'] },
    { id: 'questions', heading: 'tips.questions.heading', body: 'tips.questions.body', examples: questions },
    { id: 'shorthand', heading: 'tips.shorthand.heading', body: 'tips.shorthand.body', examples: ['CIMT', 'SIJS', 'U visa'] },
    { id: 'prefix', heading: 'tips.prefix.heading', body: 'tips.prefix.body', examples: ['natural'] },
    { id: 'spelling', heading: 'tips.spelling.heading', body: 'tips.spelling.body', examples: ['asylumn'] },
    { id: 'filters', heading: 'tips.filters.heading', body: 'tips.filters.body' },
    { id: 'order', heading: 'tips.order.heading', body: 'tips.order.body' },
  ];
}

/** `/search-tips`: how to search the library, with every example a search one click away. */
export function SearchTipsPage(props: { view: ViewContext }) {
  const { view } = props;
  const { t, locale } = view;
  const search = (q: string) => localePath(locale, `/resources?${new URLSearchParams({ q })}`);
  return (
    <div class="wrap narrow search-tips">
      <h1>{t('tips.title')}</h1>
      <p class="lead">{t('tips.intro')}</p>
      <form class="site-search tips-search" role="search" method="get" action={localePath(locale, '/resources')}>
        <label for="tips-q" class="visually-hidden">{t('site.search.label')}</label>
        <input id="tips-q" type="search" name="q" maxlength={2000} placeholder={t('site.search.placeholder')} {...suggestAttributes(view)} />
        <button type="submit">{t('site.search.button')}</button>
      </form>
      {tips(view).map((tip) => (
        <section aria-labelledby={`tip-${tip.id}`}>
          <h2 id={`tip-${tip.id}`}>{t(tip.heading)}</h2>
          <p>{t(tip.body)}</p>
          {tip.examples ? (
            <>
              <p class="tips-try" id={`try-${tip.id}`}>{t('tips.try')}</p>
              <ul class="tags tips-examples" aria-labelledby={`try-${tip.id}`}>
                {tip.examples.map((q) => <li><a href={search(q)}><code>{q}</code></a></li>)}
              </ul>
            </>
          ) : null}
          {tip.after ? <p>{t(tip.after)}</p> : null}
        </section>
      ))}
      <p><a href={localePath(locale, '/resources')}>{t('tips.back')}</a></p>
    </div>
  );
}
