import type { Translate } from '../../../lib/i18n/index.ts';

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/msword': 'Word',
  'text/plain': 'Text',
};

/** "PDF", "Word", … for an attachment's MIME type, falling back to its file extension. */
export function fileTypeLabel(mime: string, filename: string): string {
  return TYPE_LABELS[mime] ?? (filename.split('.').pop() ?? 'File').toUpperCase();
}

/** A human file size: "620 KB", "1.4 MB". */
export function fileSize(bytes: number, t: Translate): string {
  if (bytes >= 1_000_000) return t('bytes.mb', { n: (bytes / 1_000_000).toFixed(1) });
  return t('bytes.kb', { n: Math.max(1, Math.round(bytes / 1000)) });
}
