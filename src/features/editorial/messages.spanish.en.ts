/** English text of the homepage form's Spanish fields. ICU MessageFormat. */
export const editorialSpanishEn = {
  'editorial.translation.outdated': 'This translation may be out of date: its original ({slug}) was revised on {date}, after this translation was published or last revised. Update it, then set its “Last updated” date.',
  'editorial.home.es.hint': 'Shown on the Spanish site (/es). Leave empty to show the English text there, marked “(en inglés)”.',
  'editorial.home.es.mission': 'Mission statement in Spanish',
  'editorial.home.es.heroAlt': 'Hero image alt text in Spanish',
  'editorial.home.es.statement.teaser': 'Teaser for the statement, in Spanish',
  'editorial.home.es.resource.teaser': 'Teaser for the resource, in Spanish',
  'editorial.home.es.tagline': 'Tagline in Spanish',
  'editorial.home.es.projects': 'Projects in Spanish',
  'editorial.home.es.project.name': '{name}: name in Spanish',
  'editorial.home.es.project.summary': '{name}: description in Spanish',
  'editorial.home.es.project.english': 'In English: {summary}',
};

declare module '../../platform/i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof editorialSpanishEn, string> {}
}
