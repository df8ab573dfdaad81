import type { ViewContext } from '../../../platform/http.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { languageInSentence } from '../../../platform/i18n/localized.ts';
import type { ResourceDetail } from '../resources.repo.ts';
import { isOutdatedTranslation, lastSubstantiveChange } from '../translations.ts';

/**
 * Tells a reader of a translation that its original changed in substance after it: the original's
 * last revision date is newer than the translation's own. Nothing when it is up to date.
 */
export function OutdatedTranslationNotice(props: { view: ViewContext; detail: ResourceDetail }) {
  const { view, detail } = props;
  const original = detail.original;
  if (!original || !isOutdatedTranslation(detail.resource, original)) return null;
  const day = lastSubstantiveChange(original);
  return (
    <p class="notice notice-warning outdated-translation" role="note">
      {view.t('resource.outdated', { language: languageInSentence(original.language, view.locale) })}{' '}
      <time datetime={day}>{formatDate(day, view.locale)}</time>.
    </p>
  );
}
