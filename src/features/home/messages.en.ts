/** English interface text of the home feature. `{name}` marks a value filled in at render (ICU MessageFormat). */
export const homeEn = {
  'home.projects': 'Projects and Networks',
  'home.latest': 'Latest Items',
  'home.section.resources': 'Resources',
  'home.publication_date': 'Publication Date',
  'home.all_resources': 'See all resources',
};

declare module '../../platform/i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof homeEn, string> {}
}
