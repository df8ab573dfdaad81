/** English interface text of the api feature. `{name}` marks a value filled in at render (ICU MessageFormat). */
export const apiEn = {
  'api.docs.title': 'Haven API reference',
  'api.docs.description': 'The public JSON API of the library.',
  'api.docs.in_english': 'This reference is in English.',
};

declare module '../../platform/i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof apiEn, string> {}
}
