/** English text that marks content shown in another language than the page's. ICU MessageFormat. */
export const fallbackEn = {
  'site.fallback': '(in {language})',
};

declare module './i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof fallbackEn, string> {}
}
