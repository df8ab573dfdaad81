import type { fallbackEn } from './messages.fallback.en.ts';

/** Texto que marca contenido mostrado en otro idioma que el de la página. */
export const fallbackEs: Record<keyof typeof fallbackEn, string> = {
  'site.fallback': '(en {language})',
};
