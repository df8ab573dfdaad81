import type { ViewContext } from '../../../platform/http.ts';
import { langIf, localePath, splitLocale, DEFAULT_LOCALE } from '../../../platform/i18n/index.ts';
import { languageName } from '../../../platform/i18n/languages.ts';
import { localized, type LocalizedText } from '../../../platform/i18n/localized.ts';
import { FallbackNote } from '../../../platform/views/components.tsx';
import { telHref } from '../help.schema.ts';
import type { HelpEntry } from '../help.table.ts';

/** Text in its language: marked with `lang` (and "(in English)") where it is not the page's. */
function Text(props: { view: ViewContext; text: LocalizedText }) {
  const { view, text } = props;
  const lang = langIf(text.lang, view.locale);
  return lang ? <><span lang={lang}>{text.text}</span><FallbackNote view={view} lang={text.lang} /></> : text.text;
}

/** A stored link as the page links it: a path of this site in the page's language unless it names one. */
export function helpHref(url: string, locale: string): string {
  if (!url.startsWith('/') || splitLocale(url).locale !== DEFAULT_LOCALE) return url;
  return localePath(locale, url);
}

/**
 * The "Find legal help" page: legal services directory links, emergency numbers (`tel:` links,
 * with hours or notes) and Know-Your-Rights resources grouped by the language they are written
 * in, each list in the order staff set. The organization's contact details close it.
 */
export function HelpPage(props: { view: ViewContext; entries: HelpEntry[] }) {
  const { view, entries } = props;
  const { t, locale } = view;
  const label = (e: HelpEntry) => localized(locale, e.label, e.label_es);
  const note = (e: HelpEntry) => (e.note ? localized(locale, e.note, e.note_es) : null);
  const services = entries.filter((e) => e.kind === 'service');
  const hotlines = entries.filter((e) => e.kind === 'hotline');
  const rights = entries.filter((e) => e.kind === 'rights');
  const languages = [...new Set(rights.map((e) => e.language ?? 'und'))];
  const { organization } = view;
  return (
    <div class="wrap narrow help-page">
      <h1>{t('help.title')}</h1>
      <p class="lead">{t('help.intro')}</p>
      {hotlines.length ? (
        <section aria-labelledby="help-hotlines" class="help-hotlines">
          <h2 id="help-hotlines">{t('help.hotlines')}</h2>
          <ul class="help-list">
            {hotlines.map((e) => {
              const n = note(e);
              return (
                <li>
                  <Text view={view} text={label(e)} />: <a href={telHref(e.phone ?? '')} class="help-phone" dir="ltr">{e.phone}</a>
                  {n ? <p class="meta"><Text view={view} text={n} /></p> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {services.length ? (
        <section aria-labelledby="help-services">
          <h2 id="help-services">{t('help.services')}</h2>
          <ul class="help-list">
            {services.map((e) => {
              const l = label(e);
              const n = note(e);
              return (
                <li>
                  <a href={helpHref(e.url ?? '/', locale)} lang={langIf(l.lang, locale)}>{l.text}</a><FallbackNote view={view} lang={l.lang} />
                  {n ? <p class="meta"><Text view={view} text={n} /></p> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {rights.length ? (
        <section aria-labelledby="help-rights">
          <h2 id="help-rights">{t('help.rights')}</h2>
          {languages.map((language) => (
            <>
              <h3>{language === 'mul' ? t('help.rights.multilingual') : languageName(language, locale)}</h3>
              <ul class="help-list">
                {rights.filter((e) => (e.language ?? 'und') === language).map((e) => {
                  const l = label(e);
                  return (
                    <li>
                      <a href={helpHref(e.url ?? '/', locale)} lang={langIf(l.lang, locale)} hreflang={language === 'mul' ? undefined : language}>{l.text}</a>
                      <FallbackNote view={view} lang={l.lang} />
                    </li>
                  );
                })}
              </ul>
            </>
          ))}
        </section>
      ) : null}
      {!entries.length ? <p>{t('help.empty')}</p> : null}
      <section aria-labelledby="help-contact">
        <h2 id="help-contact">{t('help.contact')}</h2>
        <p>
          {t('help.contact.text')}{' '}
          <a href={localePath(locale, '/pages/contact')}>{t('help.contact.link')}</a>
          {organization.phone ? <> · <a href={telHref(organization.phone)} dir="ltr">{organization.phone}</a></> : null}
        </p>
      </section>
    </div>
  );
}
