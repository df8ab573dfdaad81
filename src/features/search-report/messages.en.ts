/** English interface text of the search report. `{name}` marks a value filled in at render (ICU MessageFormat). */
export const searchReportEn = {
  'search_report.title': 'Search report',
  'search_report.intro': 'What visitors typed in the library’s search box, week by week: what they look for most, what found nothing, and what found results that nobody opened. Use it to decide what to write next and which synonyms to add.',
  'search_report.privacy': 'Only the words are kept (long numbers and email addresses removed), with the day, the page’s language and what the search found: never an address, an account or a cookie. Searches are deleted after {days} days.',
  'search_report.field.week': 'Week',
  'search_report.field.lang': 'Searched from',
  'search_report.lang.all': 'English and Spanish pages',
  'search_report.lang.en': 'English pages',
  'search_report.lang.es': 'Spanish pages',
  'search_report.submit': 'Show',
  'search_report.week': '{from} to {to}',
  'search_report.total.searches': 'Searches',
  'search_report.total.queries': 'Different queries',
  'search_report.total.empty': 'Searches that found nothing',
  'search_report.total.clicks': 'Results opened',
  'search_report.top.title': 'Most searched',
  'search_report.top.hint': 'The {max} queries searched most often this week.',
  'search_report.empty.title': 'Found nothing',
  'search_report.empty.hint': 'Queries that found no resource, most frequent first (at most {max}). Without filters, nothing in the library has any of their words: a gap to write for, or a synonym to add.',
  'search_report.unfollowed.title': 'No result opened',
  'search_report.unfollowed.hint': 'Queries that found resources of which nobody opened one this week, most frequent first (at most {max}): the results may not answer the question.',
  'search_report.col.query': 'Query',
  'search_report.col.searches': 'Searches',
  'search_report.col.empty': 'Found nothing',
  'search_report.col.clicks': 'Results opened',
  'search_report.col.filtered': 'With filters',
  'search_report.col.suggested': '“Did you mean” offered',
  'search_report.none': 'None this week.',
  'search_report.bad_query': 'Choose a week from the list (searches are kept for 180 days) and English, Spanish or both.',
};

declare module '../../platform/i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof searchReportEn, string> {}
}
