import type { apiEn } from './messages.en.ts';

/** Texto de la interfaz en español: exactamente las mismas claves que messages.en.ts. */
export const apiEs: Record<keyof typeof apiEn, string> = {
  'api.docs.title': 'Referencia de la API de Haven',
  'api.docs.description': 'La API JSON pública de la biblioteca.',
  'api.docs.in_english': 'Esta referencia está en inglés.',
};
