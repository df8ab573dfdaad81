import type { ViewContext } from '../../../platform/http.ts';

/**
 * "Share": the page's address in a read-only field (select it to copy; works without
 * JavaScript) and an e-mail link with the title and address filled in. No third-party script,
 * no tracking.
 */
export function ShareBlock(props: { view: ViewContext; url: string; title: string }) {
  const { view, url, title } = props;
  const { t } = view;
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(t('resource.share.email.body', { url }))}`;
  return (
    <section class="share" aria-labelledby="share-title" lang={view.locale}>
      <h2 id="share-title">{t('resource.share')}</h2>
      <p class="share-link">
        <label for="share-url">{t('resource.share.link')}</label>
        <input id="share-url" type="url" readonly value={url} aria-describedby="share-url-hint" />
        <span id="share-url-hint" class="fine-print">{t('resource.share.copy')}</span>
      </p>
      <p><a class="button-secondary" href={mailto}>{t('resource.share.email')}</a></p>
    </section>
  );
}
