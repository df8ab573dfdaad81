/** English interface text of the platform (page frame, errors, forms, library basics every feature shows). `{name}` marks a value filled in at render (ICU MessageFormat). */
export const platformEn = {
  'site.skip': 'Skip to main content',
  'site.nav.label': 'Main',
  'site.nav.library': 'Library',
  'site.nav.topics': 'Topics',
  'site.nav.projects': 'Projects',
  'site.nav.about': 'About',
  'site.search.label': 'Search the library',
  'site.search.placeholder': 'Search advisories, cases, statutes…',
  'site.search.button': 'Search',
  'site.language.switch': 'Español',
  'site.language.label': 'Leer en español',
  'site.footer.contact': 'Contact',
  'site.footer.feed': 'Library feed (Atom)',
  'site.footer.rights': 'Legal information, not legal advice. Talk to an attorney or DOJ-accredited representative about your case.',
  'library.pagination': 'Pages',
  'library.page.previous': 'Previous',
  'library.page.next': 'Next',
  'library.page.current': 'Page {page} of {pages}',
  'resource.published': 'Published',
  'error.404.title': 'Page not found',
  'error.404.body': 'We could not find that page. It may have moved, or the address may be mistyped.',
  'error.400.title': 'We could not understand that request',
  'error.nul': 'Text cannot contain the NUL character (U+0000). Remove it and try again.',
  'error.500.title': 'Something went wrong',
  'error.500.body': 'An unexpected error stopped this page from loading. It has been logged. Please try again in a moment.',
  'error.back_library': 'Go to the library',
  'error.back_home': 'Go to the homepage',
  'error.reference': 'Reference: {id}',
  'admin.error.body.type': 'This address accepts only a form submission (application/x-www-form-urlencoded or multipart/form-data).',
  'admin.error.body.unreadable': 'The submitted form could not be read. Reload the page and try again.',
  'admin.error.invalid': 'This value is not valid.',
  'admin.form.problem': 'There is a problem',
};

declare module './i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof platformEn, string> {}
}
