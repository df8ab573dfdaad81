import type { ViewContext } from '../../../platform/http.ts';
import { languageName } from '../../../platform/i18n/languages.ts';
import type { AttachmentRow } from '../resources.table.ts';
import { fileSize, fileTypeLabel } from './format.ts';

/**
 * An attachment's title as a link text: a trailing "(PDF)" that only repeats the file type is
 * dropped, because the type is written once beside the link ("PDF, 5 KB").
 */
export function downloadTitle(title: string, typeLabel: string): string {
  const trimmed = title.replace(/\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/, (whole, inner: string) => (inner.toLowerCase() === typeLabel.toLowerCase() ? '' : whole));
  return trimmed || title;
}

/**
 * The resource's downloads, placed right under its title so that on a phone the file is on the
 * first screen: link, then "PDF, 5 KB · English" once (type, size, the language of the resource).
 */
export function ResourceDownloads(props: {
  view: ViewContext; attachments: AttachmentRow[]; language: string; href: (a: AttachmentRow) => string;
}) {
  const { view, attachments, language } = props;
  const { t, locale } = view;
  if (!attachments.length) return null;
  return (
    <section class="attachments downloads" aria-labelledby="attachments-title" lang={locale}>
      <h2 id="attachments-title">{t('resource.attachments')}</h2>
      <ul>
        {attachments.map((a) => {
          const type = fileTypeLabel(a.mime_type, a.filename, t);
          const title = downloadTitle(a.title, type);
          const meta = `${t('resource.attachment.meta', { type, size: fileSize(a.bytes, view) })} · ${languageName(language, locale)}`;
          return (
            <li>
              {a.storage_key
                ? <a class="download-link" href={props.href(a)} data-print-url={view.baseUrl + props.href(a)} hreflang={language} type={a.mime_type}>{title}</a>
                : <span>{title}</span>}
              {' '}<span class="meta">{meta}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
