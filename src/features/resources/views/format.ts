import type { ViewContext } from '../../../platform/http.ts';
import { formatNumber, type Translate } from '../../../platform/i18n/index.ts';

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/msword': 'Word',
};

/** "PDF", "Word", "Text"/"Texto", … for an attachment's MIME type, falling back to its file extension. */
export function fileTypeLabel(mime: string, filename: string, t: Translate): string {
  if (mime === 'text/plain') return t('file.type.text');
  return TYPE_LABELS[mime] ?? (filename.includes('.') ? filename.split('.').pop()!.toUpperCase() : mime);
}

/** A human file size in the page's language: "620 KB", "1.4 MB". */
export function fileSize(bytes: number, view: Pick<ViewContext, 't' | 'locale'>): string {
  if (bytes >= 1_000_000) return view.t('bytes.mb', { n: formatNumber(bytes / 1_000_000, view.locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) });
  return view.t('bytes.kb', { n: formatNumber(Math.max(1, Math.round(bytes / 1000)), view.locale) });
}
