/** English interface text of the content engine: what a revision did (revision.ts), its refusals. */
export const contentEn = {
  'content.summary.created': 'Created',
  'content.summary.baseline': 'As it was before its first edit here',
  'content.summary.unchanged': 'Saved without changes',
  'content.summary.restored': 'Restored version {version}',
  'content.summary.edited': 'Edited {fields}',
  'content.summary.more': '{count, plural, one {# more field} other {# more fields}}',
  'content.summary.and': 'and',
  'content.summary.scheduledFor': 'Scheduled for {when} UTC',
  'content.summary.submit': 'Submitted for review',
  'content.summary.withdraw': 'Returned to draft',
  'content.summary.publish': 'Published',
  'content.summary.schedule': 'Scheduled',
  'content.summary.unpublish': 'Unpublished',
  'content.summary.archive': 'Archived',
  'content.summary.reopen': 'Reopened as a draft',
  'content.summary.publishDue': 'Published on schedule',
  'content.refused.fields': 'Some fields need attention. Each problem is shown beside its field.',
};

declare module '../platform/i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof contentEn, string> {}
}
