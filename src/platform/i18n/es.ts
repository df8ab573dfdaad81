import type { Messages } from './en.ts';
import { siteEs } from './messages/site.es.ts';
import { adminEs } from './messages/admin.es.ts';
import { editorialEs } from './messages/editorial.es.ts';
import { documentsEs } from './messages/documents.es.ts';
import { taxonomyEs } from './messages/taxonomy.es.ts';

/** Texto de la interfaz en español, por áreas; el tipo exige las mismas claves que en.ts. */
export const es: Messages = {
  ...siteEs,
  ...adminEs,
  ...editorialEs,
  ...documentsEs,
  ...taxonomyEs,
};
