import { siteEn } from './messages/site.en.ts';
import { adminEn } from './messages/admin.en.ts';
import { editorialEn } from './messages/editorial.en.ts';
import { documentsEn } from './messages/documents.en.ts';
import { taxonomyEn } from './messages/taxonomy.en.ts';

/**
 * English interface text, assembled from one file per area under messages/ (each area has an
 * `<area>.en.ts` and an `<area>.es.ts` with the same keys). Keys are namespaced by area.
 */
export const en = {
  ...siteEn,
  ...adminEn,
  ...editorialEn,
  ...documentsEn,
  ...taxonomyEn,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
