/** English text that marks content shown in another language than the page's, and error pages' titles. ICU MessageFormat. */
export const fallbackEn = {
  'site.nav.help': 'Find help',
  'site.nav.contact': 'Contact',
  'site.footer.help': 'Find legal help',
  'site.fallback.below': 'What follows is in {language}.',
  'site.fallback': '(in {language})',
  'error.401.title': 'Please sign in',
  'error.403.title': 'You cannot do that here',
  'error.405.title': 'That method is not allowed here',
  'error.409.title': 'That changed in the meantime',
  'error.415.title': 'That kind of file is not accepted',
  'error.429.title': 'Too many requests',
  'error.507.title': 'The server’s storage is full',
};

declare module './i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof fallbackEn, string> {}
}
