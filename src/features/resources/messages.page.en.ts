/** English text of the resource page's download, share and translation blocks. ICU MessageFormat. */
export const resourcePageEn = {
  'resource.outdated': 'This translation may be out of date: the {language} original was revised after it was translated, on',
  'resource.outdated.short': 'may be out of date',
  'resource.share': 'Share',
  'resource.share.link': 'Link to this page',
  'resource.share.copy': 'Select the link to copy it',
  'resource.share.email': 'Send by e-mail',
  'resource.share.email.body': 'I thought you might find this useful: {url}',
};

declare module '../../platform/i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof resourcePageEn, string> {}
}
